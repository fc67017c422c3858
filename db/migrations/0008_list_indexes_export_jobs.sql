CREATE TABLE "export_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"session_version" integer NOT NULL,
	"ip" text,
	"kind" text NOT NULL,
	"query" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"expected" integer,
	"written" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"file_key" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "premises" ADD COLUMN "sort_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "export_jobs_org_idx" ON "export_jobs" USING btree ("org_id","employee_id","created_at");--> statement-breakpoint
CREATE INDEX "clients_search_trgm_idx" ON "clients" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_org_name_idx" ON "clients" USING btree ("org_id","last_name","first_name","middle_name","id");--> statement-breakpoint
CREATE INDEX "personal_accounts_org_els_idx" ON "personal_accounts" USING btree ("org_id","els");--> statement-breakpoint
CREATE INDEX "personal_accounts_number_trgm_idx" ON "personal_accounts" USING gin (lower("number") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "premises_org_sort_idx" ON "premises" USING btree ("org_id","sort_key","id") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "premises_search_trgm_idx" ON "premises" USING gin ("search_text" gin_trgm_ops);
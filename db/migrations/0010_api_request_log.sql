CREATE TABLE "api_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"api_key_id" uuid NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"status" integer NOT NULL,
	"duration_ms" integer NOT NULL,
	"ip" text,
	"detail" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_requests" ADD CONSTRAINT "api_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_requests" ADD CONSTRAINT "api_requests_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_requests_org_idx" ON "api_requests" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "api_requests_key_idx" ON "api_requests" USING btree ("org_id","api_key_id","created_at");--> statement-breakpoint
CREATE INDEX "buildings_org_updated_idx" ON "buildings" USING btree ("org_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "clients_org_updated_idx" ON "clients" USING btree ("org_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "personal_accounts_org_updated_idx" ON "personal_accounts" USING btree ("org_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "premises_org_updated_idx" ON "premises" USING btree ("org_id","updated_at","id");
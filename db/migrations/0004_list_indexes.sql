ALTER TABLE "premises" ADD COLUMN "sort_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "clients_search_trgm_idx" ON "clients" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_org_name_idx" ON "clients" USING btree ("org_id","last_name","first_name","middle_name","id");--> statement-breakpoint
CREATE INDEX "personal_accounts_org_els_idx" ON "personal_accounts" USING btree ("org_id","els");--> statement-breakpoint
CREATE INDEX "personal_accounts_number_trgm_idx" ON "personal_accounts" USING gin (lower("number") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "premises_org_sort_idx" ON "premises" USING btree ("org_id","sort_key","id") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "premises_search_trgm_idx" ON "premises" USING gin ("search_text" gin_trgm_ops);
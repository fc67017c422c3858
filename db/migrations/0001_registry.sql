CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"premise_id" uuid,
	"client_id" uuid,
	"type" text NOT NULL,
	"subject" text NOT NULL,
	"status" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_external_ids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_phone_history" (
	"org_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_phone_history_org_id_phone_client_id_pk" PRIMARY KEY("org_id","phone","client_id")
);
--> statement-breakpoint
CREATE TABLE "client_tags" (
	"client_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	CONSTRAINT "client_tags_client_id_tag_id_pk" PRIMARY KEY("client_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"type" text DEFAULT 'individual' NOT NULL,
	"last_name" text,
	"first_name" text,
	"middle_name" text,
	"phone" text,
	"email" text,
	"gender" text,
	"birth_date" date,
	"passport" text,
	"passport_note" text,
	"registration_address" text,
	"registration_postal_code" text,
	"registration_address_note" text,
	"inn" text,
	"snils" text,
	"note" text,
	"is_tester" boolean DEFAULT false NOT NULL,
	"blocked_at" timestamp with time zone,
	"first_login_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personal_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"premise_id" uuid NOT NULL,
	"legal_entity_id" uuid,
	"number" text NOT NULL,
	"els" text,
	"external_id" text,
	"hidden_in_cabinet" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "premise_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"premise_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"basis" text DEFAULT 'owner' NOT NULL,
	"depends_on_client_id" uuid,
	"ddu_number" text,
	"ddu_date" date,
	"acceptance_act_number" text,
	"acceptance_act_date" date,
	"certificate_number" text,
	"certificate_date" date,
	"management_contract_number" text,
	"management_contract_date" date,
	"ownership_share" text,
	"staff_comment" text,
	"online_payment" boolean DEFAULT true NOT NULL,
	"keep_on_integration" boolean DEFAULT false NOT NULL,
	"added_by" text DEFAULT 'staff' NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "premise_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"premise_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"document_date" date,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "premise_tags" (
	"premise_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	CONSTRAINT "premise_tags_premise_id_tag_id_pk" PRIMARY KEY("premise_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "premises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"type" text NOT NULL,
	"number" text NOT NULL,
	"entrance" text,
	"floor" text,
	"total_area" numeric(10, 2),
	"living_area" numeric(10, 2),
	"rooms" integer,
	"online_payment" boolean DEFAULT true NOT NULL,
	"note" text,
	"external_id" text,
	"search_text" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "otp_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"purpose" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pd_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"client_id" uuid,
	"phone" text NOT NULL,
	"text_version" text NOT NULL,
	"channel" text NOT NULL,
	"ip" text,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registration_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"account_number" text NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text,
	"middle_name" text,
	"phone" text NOT NULL,
	"account_id" uuid,
	"premise_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"client_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"consent_version" text NOT NULL,
	"consent_ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_kopecks" bigint NOT NULL,
	"period" text,
	"occurred_on" date NOT NULL,
	"note" text,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text,
	"actor_name" text,
	"summary" jsonb,
	"errors" jsonb,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_external_ids" ADD CONSTRAINT "client_external_ids_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_external_ids" ADD CONSTRAINT "client_external_ids_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_phone_history" ADD CONSTRAINT "client_phone_history_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_phone_history" ADD CONSTRAINT "client_phone_history_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_tags" ADD CONSTRAINT "client_tags_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_tags" ADD CONSTRAINT "client_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_tags" ADD CONSTRAINT "client_tags_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD CONSTRAINT "personal_accounts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD CONSTRAINT "personal_accounts_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD CONSTRAINT "personal_accounts_legal_entity_id_legal_entities_id_fk" FOREIGN KEY ("legal_entity_id") REFERENCES "public"."legal_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_clients" ADD CONSTRAINT "premise_clients_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_clients" ADD CONSTRAINT "premise_clients_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_clients" ADD CONSTRAINT "premise_clients_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_clients" ADD CONSTRAINT "premise_clients_depends_on_client_id_clients_id_fk" FOREIGN KEY ("depends_on_client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_documents" ADD CONSTRAINT "premise_documents_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_documents" ADD CONSTRAINT "premise_documents_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_tags" ADD CONSTRAINT "premise_tags_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_tags" ADD CONSTRAINT "premise_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premise_tags" ADD CONSTRAINT "premise_tags_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premises" ADD CONSTRAINT "premises_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pd_consents" ADD CONSTRAINT "pd_consents_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pd_consents" ADD CONSTRAINT "pd_consents_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_account_id_personal_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."personal_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_requests" ADD CONSTRAINT "registration_requests_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_personal_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."personal_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_log" ADD CONSTRAINT "exchange_log_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_premise_idx" ON "activities" USING btree ("org_id","premise_id","created_at");--> statement-breakpoint
CREATE INDEX "activities_client_idx" ON "activities" USING btree ("org_id","client_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "client_external_ids_org_ext_uq" ON "client_external_ids" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "client_external_ids_client_idx" ON "client_external_ids" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "client_tags_org_idx" ON "client_tags" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "clients_org_idx" ON "clients" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_org_phone_uq" ON "clients" USING btree ("org_id","phone") WHERE phone is not null and archived_at is null;--> statement-breakpoint
CREATE INDEX "clients_phone_idx" ON "clients" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "personal_accounts_org_idx" ON "personal_accounts" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "personal_accounts_premise_idx" ON "personal_accounts" USING btree ("premise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "personal_accounts_org_number_uq" ON "personal_accounts" USING btree ("org_id","number") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "premise_clients_org_idx" ON "premise_clients" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "premise_clients_premise_idx" ON "premise_clients" USING btree ("premise_id");--> statement-breakpoint
CREATE INDEX "premise_clients_client_idx" ON "premise_clients" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "premise_clients_active_uq" ON "premise_clients" USING btree ("premise_id","client_id") WHERE removed_at is null;--> statement-breakpoint
CREATE INDEX "premise_documents_org_idx" ON "premise_documents" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "premise_documents_premise_idx" ON "premise_documents" USING btree ("premise_id");--> statement-breakpoint
CREATE INDEX "premise_tags_org_idx" ON "premise_tags" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "premises_org_idx" ON "premises" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "premises_building_idx" ON "premises" USING btree ("building_id","number");--> statement-breakpoint
CREATE INDEX "premises_org_number_idx" ON "premises" USING btree ("org_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "premises_org_building_type_number_uq" ON "premises" USING btree ("org_id","building_id","type","number") WHERE archived_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "premises_org_external_uq" ON "premises" USING btree ("org_id","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "tags_org_name_uq" ON "tags" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "otp_codes_phone_idx" ON "otp_codes" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "pd_consents_org_idx" ON "pd_consents" USING btree ("org_id","phone");--> statement-breakpoint
CREATE INDEX "registration_requests_org_idx" ON "registration_requests" USING btree ("org_id","status","created_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("org_id","account_id","occurred_on");--> statement-breakpoint
CREATE INDEX "exchange_log_org_idx" ON "exchange_log" USING btree ("org_id","created_at");
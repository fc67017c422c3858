CREATE TABLE "account_balances" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"balance_kopecks" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "billing_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"period" text NOT NULL,
	"building_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total_accounts" integer DEFAULT 0 NOT NULL,
	"processed_accounts" integer DEFAULT 0 NOT NULL,
	"cursor_account_id" uuid,
	"issued_invoices" integer DEFAULT 0 NOT NULL,
	"error" text,
	"summary" jsonb,
	"created_by" uuid,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"tariff_id" uuid,
	"kind" text DEFAULT 'service' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"service_name" text NOT NULL,
	"unit" text NOT NULL,
	"tariff" jsonb NOT NULL,
	"qty1_milli" bigint DEFAULT 0 NOT NULL,
	"qty2_milli" bigint,
	"qty3_milli" bigint,
	"price1_e4" bigint NOT NULL,
	"price2_e4" bigint,
	"price3_e4" bigint,
	"accrued_kopecks" bigint DEFAULT 0 NOT NULL,
	"opening_debt_kopecks" bigint DEFAULT 0 NOT NULL,
	"recalculation_kopecks" bigint DEFAULT 0 NOT NULL,
	"recalculation_reason" text,
	"benefit_kopecks" bigint DEFAULT 0 NOT NULL,
	"penalty_kopecks" bigint DEFAULT 0 NOT NULL,
	"paid_kopecks" bigint DEFAULT 0 NOT NULL,
	"total_kopecks" bigint DEFAULT 0 NOT NULL,
	"vat_kopecks" bigint,
	"basis" jsonb,
	"penalty_detail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"premise_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"type" text NOT NULL,
	"period" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_actual" boolean DEFAULT true NOT NULL,
	"pdf_type" text DEFAULT 'generated' NOT NULL,
	"pdf_file_key" text,
	"pdf_file_name" text,
	"payment_document_id" text,
	"opening_balance_kopecks" bigint DEFAULT 0 NOT NULL,
	"accrued_kopecks" bigint DEFAULT 0 NOT NULL,
	"recalculation_kopecks" bigint DEFAULT 0 NOT NULL,
	"benefit_kopecks" bigint DEFAULT 0 NOT NULL,
	"penalty_kopecks" bigint DEFAULT 0 NOT NULL,
	"paid_kopecks" bigint DEFAULT 0 NOT NULL,
	"total_kopecks" bigint DEFAULT 0 NOT NULL,
	"due_date" date,
	"billing_run_id" uuid,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "penalty_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"rate_bp" integer,
	"debts_before" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tariff_prices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"tariff_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"price1_e4" bigint NOT NULL,
	"price2_e4" bigint,
	"price3_e4" bigint,
	"norm_milli" bigint,
	"common_norm_milli" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"type" text NOT NULL,
	"zones" integer DEFAULT 1 NOT NULL,
	"unit" text NOT NULL,
	"method" text DEFAULT 'manual' NOT NULL,
	"resource" text,
	"meter_possible" boolean DEFAULT false NOT NULL,
	"increasing_factor_milli" integer DEFAULT 1500 NOT NULL,
	"legal_entity_id" uuid NOT NULL,
	"bank_account_id" uuid NOT NULL,
	"vat_rate" integer,
	"penalties_with_vat" boolean DEFAULT false NOT NULL,
	"shown_in_cabinet" boolean DEFAULT true NOT NULL,
	"common_enabled" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "online_payment" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "arbitrary_amount" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "accept_without_invoices" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "insurance_after_full_repayment" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "insurance_with_advance" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "penalties_one_line" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "payment_due_day" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "document_day" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "penalty_counts_payment_day" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "penalty_due_day_on_time" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "premises" ADD COLUMN "registered_residents" integer;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "invoice_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "invoice_line_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "tariff_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "invoice_type" text;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "payment_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "payment_item_id" uuid;--> statement-breakpoint
ALTER TABLE "account_balances" ADD CONSTRAINT "account_balances_account_id_personal_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."personal_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_balances" ADD CONSTRAINT "account_balances_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_runs" ADD CONSTRAINT "billing_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_runs" ADD CONSTRAINT "billing_runs_created_by_employees_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_tariff_id_tariffs_id_fk" FOREIGN KEY ("tariff_id") REFERENCES "public"."tariffs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_personal_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."personal_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_issued_by_employees_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_cancelled_by_employees_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_rates" ADD CONSTRAINT "penalty_rates_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_prices" ADD CONSTRAINT "tariff_prices_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_prices" ADD CONSTRAINT "tariff_prices_tariff_id_tariffs_id_fk" FOREIGN KEY ("tariff_id") REFERENCES "public"."tariffs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_legal_entity_id_legal_entities_id_fk" FOREIGN KEY ("legal_entity_id") REFERENCES "public"."legal_entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_bank_account_id_bank_accounts_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_balances_org_balance_idx" ON "account_balances" USING btree ("org_id","balance_kopecks","account_id");--> statement-breakpoint
CREATE INDEX "billing_runs_org_idx" ON "billing_runs" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "invoice_lines_invoice_idx" ON "invoice_lines" USING btree ("invoice_id","position");--> statement-breakpoint
CREATE INDEX "invoices_org_period_idx" ON "invoices" USING btree ("org_id","period","id");--> statement-breakpoint
CREATE INDEX "invoices_account_idx" ON "invoices" USING btree ("account_id","period");--> statement-breakpoint
CREATE INDEX "invoices_building_idx" ON "invoices" USING btree ("org_id","building_id","period");--> statement-breakpoint
CREATE INDEX "invoices_run_idx" ON "invoices" USING btree ("billing_run_id");--> statement-breakpoint
CREATE INDEX "invoices_premise_idx" ON "invoices" USING btree ("premise_id","period");--> statement-breakpoint
CREATE INDEX "invoices_org_total_idx" ON "invoices" USING btree ("org_id","total_kopecks","id");--> statement-breakpoint
CREATE INDEX "invoices_org_status_idx" ON "invoices" USING btree ("org_id","status","period","id");--> statement-breakpoint
CREATE INDEX "invoices_org_type_idx" ON "invoices" USING btree ("org_id","type","period","id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_one_actual_uq" ON "invoices" USING btree ("account_id","type","period") WHERE is_actual and status <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_one_run_draft_uq" ON "invoices" USING btree ("account_id","type","period") WHERE status = 'draft' and billing_run_id is not null;--> statement-breakpoint
CREATE INDEX "penalty_rates_kind_idx" ON "penalty_rates" USING btree ("kind","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "tariff_prices_tariff_from_uq" ON "tariff_prices" USING btree ("tariff_id","valid_from");--> statement-breakpoint
CREATE INDEX "tariffs_org_building_idx" ON "tariffs" USING btree ("org_id","building_id");--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_invoice_line_id_invoice_lines_id_fk" FOREIGN KEY ("invoice_line_id") REFERENCES "public"."invoice_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_tariff_id_tariffs_id_fk" FOREIGN KEY ("tariff_id") REFERENCES "public"."tariffs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_invoice_idx" ON "ledger_entries" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_line_kind_uq" ON "ledger_entries" USING btree ("invoice_line_id","kind") WHERE invoice_line_id is not null and payment_item_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_payment_item_kind_uq" ON "ledger_entries" USING btree ("payment_item_id","kind") WHERE payment_item_id is not null;--> statement-breakpoint
CREATE INDEX "ledger_entries_money_idx" ON "ledger_entries" USING btree ("org_id","period") WHERE kind in ('payment', 'refund', 'payment_reversal');--> statement-breakpoint

-- account_balances is Σ ledger_entries per account, kept in the statement that posts: one upsert per account per
-- statement (a transition table), so issuing 50,000 invoices adds 50,000 balance rows, not one per entry.
CREATE FUNCTION ledger_entries_keep_balances() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO account_balances (account_id, org_id, balance_kopecks, updated_at)
  SELECT account_id, org_id, sum(amount_kopecks), now() FROM new_entries GROUP BY account_id, org_id
  ON CONFLICT (account_id) DO UPDATE SET balance_kopecks = account_balances.balance_kopecks + excluded.balance_kopecks, updated_at = now();
  RETURN NULL;
END
$$;--> statement-breakpoint

CREATE TRIGGER ledger_entries_balances AFTER INSERT ON ledger_entries
REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_keep_balances();--> statement-breakpoint

-- The ledger is append-only: a correction is a new entry, never an edit, whoever writes.
CREATE FUNCTION ledger_entries_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entries is append-only: post a correcting entry instead' USING ERRCODE = 'restrict_violation';
END
$$;--> statement-breakpoint

CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
FOR EACH ROW EXECUTE FUNCTION ledger_entries_refuse_change();--> statement-breakpoint

INSERT INTO account_balances (account_id, org_id, balance_kopecks)
SELECT account_id, org_id, sum(amount_kopecks) FROM ledger_entries GROUP BY account_id, org_id;--> statement-breakpoint

-- The Bank of Russia key rate since 2020 (hundredths of a percent, from the decision's effective date).
INSERT INTO penalty_rates (kind, valid_from, valid_to, rate_bp, note) VALUES
  ('key_rate', '2020-02-10', '2020-04-27', 600, 'Ключевая ставка Банка России'),
  ('key_rate', '2020-04-27', '2020-06-22', 550, 'Ключевая ставка Банка России'),
  ('key_rate', '2020-06-22', '2020-07-27', 450, 'Ключевая ставка Банка России'),
  ('key_rate', '2020-07-27', '2021-03-22', 425, 'Ключевая ставка Банка России'),
  ('key_rate', '2021-03-22', '2021-04-26', 450, 'Ключевая ставка Банка России'),
  ('key_rate', '2021-04-26', '2021-06-15', 500, 'Ключевая ставка Банка России'),
  ('key_rate', '2021-06-15', '2021-07-26', 550, 'Ключевая ставка Банка России'),
  ('key_rate', '2021-07-26', '2021-09-13', 650, 'Ключевая ставка Банка России'),
  ('key_rate', '2021-09-13', '2021-10-25', 675, 'Ключевая ставка Банка России'),
  ('key_rate', '2021-10-25', '2021-12-20', 750, 'Ключевая ставка Банка России'),
  ('key_rate', '2021-12-20', '2022-02-14', 850, 'Ключевая ставка Банка России'),
  ('key_rate', '2022-02-14', '2022-02-28', 950, 'Ключевая ставка Банка России'),
  ('key_rate', '2022-02-28', '2022-04-11', 2000, 'Ключевая ставка Банка России'),
  ('key_rate', '2022-04-11', '2022-05-04', 1700, 'Ключевая ставка Банка России'),
  ('key_rate', '2022-05-04', '2022-05-27', 1400, 'Ключевая ставка Банка России'),
  ('key_rate', '2022-05-27', '2022-07-25', 1100, 'Ключевая ставка Банка России'),
  ('key_rate', '2022-07-25', '2022-09-19', 800, 'Ключевая ставка Банка России'),
  ('key_rate', '2022-09-19', '2023-07-24', 750, 'Ключевая ставка Банка России'),
  ('key_rate', '2023-07-24', '2023-08-15', 850, 'Ключевая ставка Банка России'),
  ('key_rate', '2023-08-15', '2023-09-18', 1200, 'Ключевая ставка Банка России'),
  ('key_rate', '2023-09-18', '2023-10-30', 1300, 'Ключевая ставка Банка России'),
  ('key_rate', '2023-10-30', '2023-12-18', 1500, 'Ключевая ставка Банка России'),
  ('key_rate', '2023-12-18', '2024-07-29', 1600, 'Ключевая ставка Банка России'),
  ('key_rate', '2024-07-29', '2024-09-16', 1800, 'Ключевая ставка Банка России'),
  ('key_rate', '2024-09-16', '2024-10-28', 1900, 'Ключевая ставка Банка России'),
  ('key_rate', '2024-10-28', '2025-06-09', 2100, 'Ключевая ставка Банка России'),
  ('key_rate', '2025-06-09', '2025-07-28', 2000, 'Ключевая ставка Банка России'),
  ('key_rate', '2025-07-28', '2025-09-15', 1800, 'Ключевая ставка Банка России'),
  ('key_rate', '2025-09-15', '2025-10-27', 1700, 'Ключевая ставка Банка России'),
  ('key_rate', '2025-10-27', '2025-12-22', 1650, 'Ключевая ставка Банка России'),
  ('key_rate', '2025-12-22', NULL, 1600, 'Ключевая ставка Банка России; новые решения добавляет организация'),
  ('cap', '2022-02-28', '2027-01-01', 950, 'ПП РФ № 474 (ред. ПП № 1681, ПП № 329): не выше 9,5 %'),
  ('moratorium', '2020-04-06', '2021-01-01', NULL, 'ПП РФ № 424: пени не начисляются'),
  ('moratorium', '2022-04-01', '2022-10-01', NULL, 'ПП РФ № 497: мораторий на пени по долгам, возникшим до 01.04.2022');--> statement-breakpoint
UPDATE penalty_rates SET debts_before = '2022-04-01' WHERE kind = 'moratorium' AND valid_from = '2022-04-01' AND org_id IS NULL;
--> statement-breakpoint
-- Organisations created before billing: their director and accountant roles get the two new rights, as new ones do.
INSERT INTO role_permissions (org_id, role_id, permission)
SELECT r.org_id, r.id, p.permission FROM roles r CROSS JOIN (VALUES ('finance.tariffs.edit'), ('finance.billing.run')) AS p(permission)
WHERE r.preset IN ('director', 'accountant')
ON CONFLICT DO NOTHING;

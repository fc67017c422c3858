CREATE TABLE "meter_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"meter_id" uuid NOT NULL,
	"reading_id" uuid,
	"building_id" uuid NOT NULL,
	"premise_id" uuid,
	"action" text NOT NULL,
	"source" text NOT NULL,
	"period" text,
	"actor_type" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meter_readings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"meter_id" uuid NOT NULL,
	"zone" text DEFAULT 'single' NOT NULL,
	"period" text NOT NULL,
	"kind" text DEFAULT 'regular' NOT NULL,
	"value_milli" bigint NOT NULL,
	"source" text NOT NULL,
	"author_type" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"rollover" boolean DEFAULT false NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"premise_id" uuid,
	"account_id" uuid,
	"resource" text NOT NULL,
	"zones" integer DEFAULT 1 NOT NULL,
	"serial_number" text NOT NULL,
	"serial_key" text NOT NULL,
	"model" text,
	"place" text,
	"installed_on" date,
	"manufactured_on" date,
	"verification_interval_years" integer,
	"next_verification_on" date,
	"last_checked_on" date,
	"seal_number" text,
	"digits" integer,
	"status" text DEFAULT 'working' NOT NULL,
	"status_since" date,
	"decommissioned_on" date,
	"replaces_meter_id" uuid,
	"external_id" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "meter_window_start_day" integer;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "meter_window_end_day" integer;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "meter_window_start_day" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "meter_window_end_day" integer DEFAULT 25 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "meter_late_readings" text DEFAULT 'next_period' NOT NULL;--> statement-breakpoint
ALTER TABLE "meter_events" ADD CONSTRAINT "meter_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_events" ADD CONSTRAINT "meter_events_meter_id_meters_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."meters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_meter_id_meters_id_fk" FOREIGN KEY ("meter_id") REFERENCES "public"."meters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_premise_id_premises_id_fk" FOREIGN KEY ("premise_id") REFERENCES "public"."premises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_account_id_personal_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."personal_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meter_events_org_created_idx" ON "meter_events" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "meter_events_meter_idx" ON "meter_events" USING btree ("meter_id","created_at");--> statement-breakpoint
CREATE INDEX "meter_events_org_building_idx" ON "meter_events" USING btree ("org_id","building_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meter_readings_meter_zone_period_kind_uq" ON "meter_readings" USING btree ("meter_id","zone","period","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "meter_readings_org_idempotency_uq" ON "meter_readings" USING btree ("org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "meter_readings_org_period_idx" ON "meter_readings" USING btree ("org_id","period");--> statement-breakpoint
CREATE INDEX "meters_org_building_idx" ON "meters" USING btree ("org_id","building_id");--> statement-breakpoint
CREATE INDEX "meters_premise_idx" ON "meters" USING btree ("premise_id");--> statement-breakpoint
CREATE INDEX "meters_account_idx" ON "meters" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "meters_org_next_verification_idx" ON "meters" USING btree ("org_id","next_verification_on");--> statement-breakpoint
CREATE UNIQUE INDEX "meters_building_serial_uq" ON "meters" USING btree ("org_id","building_id","serial_key") WHERE "meters"."status" <> 'decommissioned';--> statement-breakpoint
CREATE UNIQUE INDEX "meters_org_external_id_uq" ON "meters" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "meters_org_serial_trgm_idx" ON "meters" USING gin ("serial_key" gin_trgm_ops);
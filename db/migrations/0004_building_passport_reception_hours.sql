ALTER TABLE "buildings" ADD COLUMN "year_built" integer;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "floors" integer;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "entrances" integer;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "total_area" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "living_area" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "non_residential_area" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "cadastral_number" text;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "fias_code" text;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "gis_housing_code" text;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "management_start_date" date;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "reception_hours" text;
ALTER TABLE "clients" ADD COLUMN "kpp" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "ogrn" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "contact_person" text;
ALTER TABLE "regions" ADD COLUMN "clinic_change_interval_unverified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Databases seeded before this column existed: the demo Qingyuan interval is not from its source.
UPDATE "regions" SET "clinic_change_interval_unverified" = true WHERE "code" = '441800' AND "clinic_change_interval_days" = 365;

ALTER TABLE "facilities" ADD COLUMN "address_en" text;--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "hours_en" text;
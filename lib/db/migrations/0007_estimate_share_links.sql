ALTER TABLE "saved_estimates" ADD COLUMN "share_token_hash" text;--> statement-breakpoint
ALTER TABLE "saved_estimates" ADD COLUMN "share_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "saved_estimates" ADD CONSTRAINT "saved_estimates_share_token_hash_unique" UNIQUE("share_token_hash");
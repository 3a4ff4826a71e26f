ALTER TABLE "otp_challenges" ADD COLUMN "device_hash" text;--> statement-breakpoint
ALTER TABLE "otp_challenges" ADD COLUMN "long_code" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "kind" text DEFAULT 'phone' NOT NULL;--> statement-breakpoint
ALTER TABLE "terminals" ADD COLUMN "kind" text DEFAULT 'counter' NOT NULL;--> statement-breakpoint
ALTER TABLE "rate_limits" ADD COLUMN "expires_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "otp_challenges_created_idx" ON "otp_challenges" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "rate_limits_expires_idx" ON "rate_limits" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "webauthn_challenges_expires_idx" ON "webauthn_challenges" USING btree ("expires_at");--> statement-breakpoint
-- Hand-written (not generated): data fix-ups for the columns above.
-- Kiosk sessions made before sessions had a kind were marked by their user agent.
UPDATE "sessions" SET "kind" = 'kiosk' WHERE "user_agent" = 'kiosk';--> statement-breakpoint
-- The demo kiosk (lib/seed/kiosk.ts, seedId("terminal:kiosk")) is a kiosk, not a counter.
UPDATE "terminals" SET "kind" = 'kiosk' WHERE "id" = '93d1528d-d8cd-54ed-a025-6e6402ed3548';--> statement-breakpoint
-- Codes stored before were unkeyed SHA-256 hashes, reversible from a copy of the table; they
-- live five minutes, so they are simply dropped.
DELETE FROM "otp_challenges";

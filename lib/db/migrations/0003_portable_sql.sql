-- Portable SQL (docs/scaling.md): the settlements' idempotency key without PostgreSQL 15's
-- UNIQUE NULLS NOT DISTINCT. Keys are unique per terminal (a standard unique constraint) and,
-- among settlements made without a terminal, by a partial unique index. Written to need no
-- enclosing transaction: the new index comes first, and the constraint is swapped in one
-- statement, so every state on the way keeps keys unique and a run cut short can be repeated.
CREATE UNIQUE INDEX IF NOT EXISTS "settlements_idempotency_key_without_terminal" ON "settlements" ("idempotency_key") WHERE "terminal_id" IS NULL;--> statement-breakpoint
ALTER TABLE "settlements" DROP CONSTRAINT IF EXISTS "settlements_idempotency_key", ADD CONSTRAINT "settlements_idempotency_key" UNIQUE ("terminal_id", "idempotency_key");

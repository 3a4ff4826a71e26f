CREATE TABLE "account_balances" (
	"account_person_id" uuid PRIMARY KEY NOT NULL,
	"balance_fen" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_balances" ADD CONSTRAINT "account_balances_account_person_id_people_id_fk" FOREIGN KEY ("account_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written: the running balance of every account that already has entries, from the sum of
-- its entries (from now on lib/ledger/account.ts moves it with each entry it adds). Repeatable:
-- an account whose running balance exists is left alone.
INSERT INTO "account_balances" ("account_person_id", "balance_fen")
SELECT "account_person_id", sum("amount_fen")::bigint FROM "account_entries" GROUP BY "account_person_id"
ON CONFLICT ("account_person_id") DO NOTHING;

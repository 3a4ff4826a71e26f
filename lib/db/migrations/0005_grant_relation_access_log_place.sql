ALTER TABLE "grants" ADD COLUMN "relation" text;--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "facility_id" uuid;--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "settlement_id" uuid;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_settlement_id_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written: grants made before the relation was recorded take it from the family registry
-- where the grantee's person is registered as the grantor's relative; the others stay null
-- (shown without a relation). Repeatable: only rows still without one are touched.
UPDATE "grants" SET "relation" = fr."relation"
FROM "users" u, "family_relations" fr
WHERE u."id" = "grants"."grantee_user_id"
  AND fr."person_id" = "grants"."grantor_person_id"
  AND fr."relative_id" = u."person_id"
  AND "grants"."relation" IS NULL;

import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { people, relationKinds } from "./people";
import { users } from "./auth";

/** What an insured person may let a family member do (家庭授权). */
export const grantScopes = ["view_coverage", "show_code", "estimate", "pay_from_account"] as const;
export type GrantScope = (typeof grantScopes)[number];

/** Who the family member is to the person giving the grant: a close relative, or another family member (e.g. a son-in-law). */
export const grantRelations = [...relationKinds, "other"] as const;
export type GrantRelation = (typeof grantRelations)[number];

/**
 * A grant from an insured person to another account: scoped, dated and revocable.
 * Codes shown under a grant carry its id, so revoking it (or its end) makes them fail.
 */
export const grants = pgTable(
  "grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    grantorPersonId: uuid("grantor_person_id").notNull().references(() => people.id),
    granteeUserId: uuid("grantee_user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    scopes: text("scopes").array().notNull(),
    // The grantee's person as seen from the grantor ("child": the grantee is the grantor's son or
    // daughter), as the grantor stated it; null only on grants made before it was recorded.
    relation: text("relation", { enum: grantRelations }),
    validFrom: timestamp("valid_from", { withTimezone: true }).notNull(),
    // Null: until revoked.
    validTo: timestamp("valid_to", { withTimezone: true }),
    // A grant takes effect only once the family member has accepted it.
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    // Ended by either party ("revoked"); refused from this instant on.
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedByUserId: uuid("revoked_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("grants_grantor_idx").on(t.grantorPersonId), index("grants_grantee_idx").on(t.granteeUserId)],
);

/**
 * A guardian (监护人) manages a child under 16 as a dependant: the child has no account of its
 * own, and the guardian's account acts for the child with every scope.
 */
export const guardianships = pgTable(
  "guardianships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    guardianPersonId: uuid("guardian_person_id").notNull().references(() => people.id),
    dependantPersonId: uuid("dependant_person_id").notNull().references(() => people.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("guardianships_pair_idx").on(t.guardianPersonId, t.dependantPersonId),
    index("guardianships_dependant_idx").on(t.dependantPersonId),
  ],
);

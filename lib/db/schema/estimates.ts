import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { people } from "./people";

/**
 * An estimate a person chose to keep and share (/estimate/saved/[id]). The id is random and
 * carries no personal data; opening it is authorised against `personId` like any other read.
 * The request holds the form's values, the bill's lines and what the result showed about them;
 * the response the figures with the policy version, so it reads the same later.
 *
 * Sharing makes a read-only link (/shared/estimate/[token]) that anyone holding it may open
 * until it expires: only the token's SHA-256 is kept, so the table alone opens no link.
 */
export const savedEstimates = pgTable(
  "saved_estimates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull().references(() => people.id),
    createdByUserId: uuid("created_by_user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    request: jsonb("request").notNull(),
    response: jsonb("response").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    shareTokenHash: text("share_token_hash").unique("saved_estimates_share_token_hash_unique"),
    shareExpiresAt: timestamp("share_expires_at", { withTimezone: true }),
  },
  (t) => [index("saved_estimates_person_idx").on(t.personId, t.createdAt)],
);

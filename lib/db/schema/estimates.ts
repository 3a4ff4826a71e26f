import { index, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { people } from "./people";

/**
 * An estimate a person chose to keep and share (/estimate/saved/[id]). The id is random and
 * carries no personal data; opening it is authorised against `personId` like any other read.
 * The request holds the year-to-date figures it was computed with, so it reads the same later.
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
  },
  (t) => [index("saved_estimates_person_idx").on(t.personId, t.createdAt)],
);

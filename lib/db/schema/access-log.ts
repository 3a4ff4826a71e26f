import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "./people";
import { users } from "./auth";
import { grants } from "./grants";
import { facilities } from "./facilities";
import { settlements } from "./ledger";

export const accessVias = ["grant", "guardian"] as const;
export type AccessVia = (typeof accessVias)[number];

/**
 * Every read or action on a person's data by another account (under a grant, or as guardian):
 * who, whose data, which scope, what, when. The insured person (or guardian) reads it.
 */
export const accessLog = pgTable(
  "access_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actorUserId: uuid("actor_user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    subjectPersonId: uuid("subject_person_id").notNull().references(() => people.id),
    via: text("via", { enum: accessVias }).notNull(),
    grantId: uuid("grant_id").references(() => grants.id, { onDelete: "set null" }),
    scope: text("scope").notNull(),
    // A short, fixed action key (e.g. "home.coverage"), never free text or personal data.
    action: text("action").notNull(),
    // Where, for what happened at a counter: the facility that scanned the code or settled the bill.
    facilityId: uuid("facility_id").references(() => facilities.id),
    // A payment from the person's personal account: the settlement (its amount and whom it was for).
    settlementId: uuid("settlement_id").references(() => settlements.id),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("access_log_subject_idx").on(t.subjectPersonId, t.at)],
);

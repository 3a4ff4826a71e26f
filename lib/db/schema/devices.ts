import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "./people";
import { sessions, users } from "./auth";

/**
 * Phones (browsers) that sign e-voucher codes. The private key never leaves the phone;
 * the server keeps the public key to verify codes. A revoked device's codes fail at once,
 * because every verification reads this row.
 */
export const devices = pgTable(
  "devices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // The account that set the device up; it signs its own person's codes and, under
    // "show code" grants, a relative's.
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    // The account's own insured person, if it has one (an account may act only under grants).
    personId: uuid("person_id").references(() => people.id),
    // ECDSA P-256 public key, SPKI DER in base64url (docs/voucher-format.md).
    publicKeySpki: text("public_key_spki").notNull(),
    label: text("label").notNull(),
    userAgent: text("user_agent"),
    // The session that registered it: revoking a lost phone also signs that phone out.
    sessionId: uuid("session_id").references(() => sessions.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("devices_user_idx").on(t.userId), index("devices_person_idx").on(t.personId)],
);

import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { devices } from "./devices";
import { grants } from "./grants";
import { people } from "./people";
import { terminals } from "./terminals";

/**
 * Codes already accepted by a terminal. The primary key makes the database decide
 * between two terminals (or app instances) that scan the same code at once; a row may
 * be purged after expiresAt, when the code would fail as expired anyway.
 */
export const usedVoucherCodes = pgTable(
  "used_voucher_codes",
  {
    // SHA-256 of the signed bytes, lowercase hex (codeFingerprint in lib/voucher).
    fingerprint: text("fingerprint").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }).notNull(),
    terminalId: uuid("terminal_id").references(() => terminals.id, { onDelete: "set null" }),
  },
  (t) => [index("used_voucher_codes_expires_idx").on(t.expiresAt)],
);

/**
 * Issued when a code verifies: lets that terminal settle one bill for that person within
 * a few minutes, without the code itself (which is spent). Only the token's hash is stored.
 */
export const settlementTokens = pgTable(
  "settlement_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    personId: uuid("person_id").notNull().references(() => people.id),
    terminalId: uuid("terminal_id").notNull().references(() => terminals.id),
    deviceId: uuid("device_id").notNull().references(() => devices.id),
    grantId: uuid("grant_id").references(() => grants.id),
    codeFingerprint: text("code_fingerprint").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("settlement_tokens_expires_idx").on(t.expiresAt)],
);

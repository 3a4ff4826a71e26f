import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "./people";

/** A sign-in account. Phone-number sign-in; an account acts for its own person and, later, under grants. */
export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  phone: text("phone").notNull().unique(),
  personId: uuid("person_id").unique().references(() => people.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    userAgent: text("user_agent"),
    // "kiosk": a short session at a service-hall kiosk, which may not give grants, pay from the
    // account or set up keys that outlive it (docs/security.md).
    kind: text("kind", { enum: ["phone", "kiosk"] }).notNull().default("phone"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/**
 * One-time sign-in codes; only an HMAC of the code (under AUTH_SECRET) is stored. A code belongs
 * to the browser that asked for it (`deviceHash`), so a stranger's wrong guesses never use up the
 * owner's tries; a long code (12 digits, `longCode`) is the phone's one code while it is under
 * attack, and any browser may use it (lib/auth otp.ts, docs/security.md).
 */
export const otpChallenges = pgTable(
  "otp_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    phone: text("phone").notNull(),
    codeHash: text("code_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
    deviceHash: text("device_hash"),
    longCode: boolean("long_code").notNull().default(false),
  },
  (t) => [index("otp_challenges_phone_idx").on(t.phone, t.createdAt), index("otp_challenges_created_idx").on(t.createdAt)],
);

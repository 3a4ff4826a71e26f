import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { facilities } from "./facilities";

/** Counter terminals (pharmacy, clinic, hospital) and kiosks. Keys are stored as SHA-256 hashes only. */
export const terminals = pgTable("terminals", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  facilityId: uuid("facility_id").references(() => facilities.id),
  keyHash: text("key_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  // "kiosk": a self-service kiosk's key signs people in by their own code and does nothing a
  // counter does (verify for settlement, settle, reverse).
  kind: text("kind", { enum: ["counter", "kiosk"] }).notNull().default("counter"),
});

import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { facilities } from "./facilities";

/** Counter terminals (pharmacy, clinic, hospital). Keys are stored as SHA-256 hashes only. */
export const terminals = pgTable("terminals", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  facilityId: uuid("facility_id").references(() => facilities.id),
  keyHash: text("key_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

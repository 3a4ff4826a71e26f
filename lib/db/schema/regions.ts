import { boolean, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";

/** Pooling regions (统筹区). Policy values live in lib/reimbursement/policies; here is what the app needs to route. */
export const regions = pgTable("regions", {
  code: text("code").primaryKey(), // administrative code, e.g. "350400"
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  province: text("province").notNull(),
  policyId: text("policy_id").notNull(), // e.g. "CN-350400"
  // General outpatient only at the chosen clinic (普通门诊选点), e.g. Qingyuan.
  requiresChosenClinic: boolean("requires_chosen_clinic").notNull().default(false),
  // A tight county medical alliance (医共体) counts as one designated unit.
  allianceAsOneUnit: boolean("alliance_as_one_unit").notNull().default(false),
  clinicChangeIntervalDays: integer("clinic_change_interval_days"),
  // The interval is a demo value, not read from the region's documents: the screen says so.
  clinicChangeIntervalUnverified: boolean("clinic_change_interval_unverified").notNull().default(false),
  clinicRuleSource: text("clinic_rule_source"),
});

export const alliances = pgTable("alliances", {
  id: uuid("id").primaryKey().defaultRandom(),
  regionCode: text("region_code").notNull().references(() => regions.code),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
});

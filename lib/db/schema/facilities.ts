import { boolean, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { alliances, regions } from "./regions";

export const facilityKinds = ["clinic", "pharmacy", "hospital"] as const;
export type FacilityKind = (typeof facilityKinds)[number];

/** Designated medical institutions and pharmacies (定点医药机构). Level 0 is community / pharmacy, 1–3 hospital grades. */
export const facilities = pgTable(
  "facilities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(), // national-style code, e.g. "H35040200123"
    name: text("name").notNull(),
    nameEn: text("name_en").notNull(),
    kind: text("kind", { enum: facilityKinds }).notNull(),
    level: integer("level").notNull(),
    regionCode: text("region_code").notNull().references(() => regions.code),
    district: text("district").notNull(),
    districtEn: text("district_en").notNull(),
    address: text("address").notNull(),
    hours: text("hours").notNull(),
    // English renderings for English pages; null where none is recorded (the Chinese is shown).
    addressEn: text("address_en"),
    hoursEn: text("hours_en"),
    allianceId: uuid("alliance_id").references(() => alliances.id),
    // May be chosen as the general-outpatient clinic.
    choosable: boolean("choosable").notNull().default(false),
  },
  (t) => [index("facilities_region_idx").on(t.regionCode)],
);

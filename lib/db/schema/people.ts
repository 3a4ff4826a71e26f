import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { CLOSE_RELATIVES } from "@/lib/reimbursement";
import { facilities } from "./facilities";
import { regions } from "./regions";

/** An insured person. The national ID and full name never leave the server unmasked. */
export const people = pgTable("people", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  nationalId: text("national_id").notNull().unique(),
  gender: text("gender", { enum: ["female", "male"] }).notNull(),
  birthDate: date("birth_date").notNull(),
  phone: text("phone"),
  // Opaque id carried in the e-voucher code instead of the national ID.
  voucherId: uuid("voucher_id").notNull().unique().defaultRandom(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const insuranceTypes = ["employee", "resident"] as const;
export const employeeStatuses = ["active", "retired"] as const;
export const assistanceGroups = ["none", "extreme_poverty", "subsistence", "near_subsistence"] as const;

/** Enrolment in a region's scheme (参保), dated. */
export const enrolments = pgTable(
  "enrolments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull().references(() => people.id),
    insurance: text("insurance", { enum: insuranceTypes }).notNull(),
    status: text("status", { enum: employeeStatuses }),
    regionCode: text("region_code").notNull().references(() => regions.code),
    assistance: text("assistance", { enum: assistanceGroups }).notNull().default("none"),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
  },
  (t) => [index("enrolments_person_idx").on(t.personId)],
);

/** The close relatives of the Civil Code (近亲属, art. 1045): see lib/reimbursement's family-mutual-aid rule. */
export const relationKinds = CLOSE_RELATIVES;
export type RelationKind = (typeof relationKinds)[number];

/**
 * The family registry, as the insurance office holds it (家庭共济 needs a recorded relation).
 * relation describes relativeId as seen from personId: (child, parent) means the relative is the child's parent.
 */
export const familyRelations = pgTable(
  "family_relations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull().references(() => people.id),
    relativeId: uuid("relative_id").notNull().references(() => people.id),
    relation: text("relation", { enum: relationKinds }).notNull(),
  },
  (t) => [uniqueIndex("family_relations_pair_idx").on(t.personId, t.relativeId)],
);

/** Approved chronic and special-disease outpatient benefits (门诊慢特病). */
export const chronicApprovals = pgTable(
  "chronic_approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull().references(() => people.id),
    disease: text("disease").notNull(), // the policy's disease key, e.g. "diabetes"
    facilityId: uuid("facility_id").references(() => facilities.id),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to").notNull(),
  },
  (t) => [index("chronic_approvals_person_idx").on(t.personId)],
);

export const filingKinds = ["relocated_retiree", "long_term_resident", "referral", "temporary"] as const;

/** Cross-region filings (异地就医备案). */
export const crossRegionFilings = pgTable(
  "cross_region_filings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull().references(() => people.id),
    kind: text("kind", { enum: filingKinds }).notNull(),
    placeCode: text("place_code").notNull(),
    placeName: text("place_name").notNull(),
    placeNameEn: text("place_name_en").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
  },
  (t) => [index("cross_region_filings_person_idx").on(t.personId)],
);

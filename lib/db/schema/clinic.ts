import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { facilities } from "./facilities";
import { people } from "./people";

/**
 * How a chosen-clinic assignment came about: "initial" for the assignment the person had when
 * their record was loaded, "chosen_by_person" for a first choice made in the app, and
 * "changed_by_person" for a later change.
 */
export const clinicChoiceSources = ["initial", "chosen_by_person", "changed_by_person"] as const;
export type ClinicChoiceSource = (typeof clinicChoiceSources)[number];

/**
 * The general-outpatient clinic a person chose (普通门诊选点), with its history: a change closes the
 * current row (validTo) and opens a new one. At most one row per person is current (validTo null);
 * the partial unique index makes the database enforce it even against concurrent changes.
 */
export const clinicChoices = pgTable(
  "clinic_choices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull().references(() => people.id),
    facilityId: uuid("facility_id").notNull().references(() => facilities.id),
    validFrom: timestamp("valid_from", { withTimezone: true }).notNull(),
    validTo: timestamp("valid_to", { withTimezone: true }),
    source: text("source", { enum: clinicChoiceSources }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("clinic_choices_one_current_idx").on(t.personId).where(sql`valid_to IS NULL`),
    index("clinic_choices_person_idx").on(t.personId, t.validFrom),
  ],
);

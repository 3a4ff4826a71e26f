import "server-only";
import { desc, eq } from "drizzle-orm";
import { enrolmentInForce } from "@/lib/db";
import type { Db } from "@/lib/db";
import { enrolments, people, regions } from "@/lib/db/schema";
import { maskName } from "@/lib/privacy";

export interface PersonSummary {
  personId: string;
  maskedName: string;
  enrolment: null | {
    insurance: "employee" | "resident";
    status: "active" | "retired" | null;
    assistance: string;
    regionCode: string;
    regionName: string;
    regionNameEn: string;
    policyId: string;
  };
}

/** The person's card: masked name and the enrolment in force on `day` (YYYY-MM-DD). */
export async function getPersonSummary(db: Db, personId: string, day: string): Promise<PersonSummary | null> {
  const [person] = await db.select({ id: people.id, name: people.name }).from(people).where(eq(people.id, personId));
  if (!person) return null;
  const [enrolment] = await db
    .select({
      insurance: enrolments.insurance,
      status: enrolments.status,
      assistance: enrolments.assistance,
      regionCode: regions.code,
      regionName: regions.name,
      regionNameEn: regions.nameEn,
      policyId: regions.policyId,
    })
    .from(enrolments)
    .innerJoin(regions, eq(regions.code, enrolments.regionCode))
    .where(enrolmentInForce(personId, day))
    .orderBy(desc(enrolments.validFrom))
    .limit(1);
  return { personId: person.id, maskedName: maskName(person.name), enrolment: enrolment ?? null };
}

/** The person's masked name alone (the acting-for banner, the switcher), or null for no such person. */
export async function getMaskedName(db: Db, personId: string): Promise<string | null> {
  const [person] = await db.select({ name: people.name }).from(people).where(eq(people.id, personId));
  return person ? maskName(person.name) : null;
}

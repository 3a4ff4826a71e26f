import "server-only";
import { desc, eq } from "drizzle-orm";
import { enrolmentInForce } from "@/lib/db/enrolment-in-force";
import type { Db } from "@/lib/db/open";
import { enrolments, people, regions } from "@/lib/db/schema";
import { maskName } from "@/lib/privacy/mask";

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

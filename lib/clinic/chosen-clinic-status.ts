import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import { chosenClinicStatusOf, type ChoiceStatus } from "./rules";
import type { Db } from "@/lib/db";
import { clinicChoices } from "@/lib/db/schema";
import { facilities, regions } from "@/lib/db/schema";

const RANK: Record<ChoiceStatus, number> = { chosen: 2, alliance: 1, other: 0 };
// A malformed id is simply not the chosen clinic (PostgreSQL would reject it as a uuid).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The instants a China calendar day starts and ends (UTC+8, no daylight saving). */
function chinaDayBounds(day: string): { start: Date; end: Date } {
  const start = new Date(`${day}T00:00:00+08:00`);
  return { start, end: new Date(start.getTime() + 86_400_000) };
}

/**
 * Where a facility stands relative to the general-outpatient clinic the person had chosen on
 * `day` (普通门诊选点): "chosen", "alliance" (a member of the chosen clinic's county medical
 * alliance where the region counts it as one unit — Qingyuan, 清医保待函〔2021〕28号) or "other".
 * A choice changed during the day counts in the person's favour: any choice in force at some
 * moment of that day may be the one the visit was made under.
 */
export async function resolveChosenClinicStatus(db: Db, personId: string, facilityId: string, day: string): Promise<ChoiceStatus> {
  if (!UUID.test(facilityId)) return "other";
  const { start, end } = chinaDayBounds(day);
  const [facility] = await db.select({ id: facilities.id, allianceId: facilities.allianceId }).from(facilities).where(eq(facilities.id, facilityId));
  if (!facility) return "other";
  const choices = await db
    .select({ id: facilities.id, allianceId: facilities.allianceId, allianceAsOneUnit: regions.allianceAsOneUnit })
    .from(clinicChoices)
    .innerJoin(facilities, eq(facilities.id, clinicChoices.facilityId))
    // A chosen clinic lies in the person's own pooling region, whose rule on alliances applies.
    .innerJoin(regions, eq(regions.code, facilities.regionCode))
    .where(and(eq(clinicChoices.personId, personId), lt(clinicChoices.validFrom, end), or(isNull(clinicChoices.validTo), gt(clinicChoices.validTo, start))));
  let best: ChoiceStatus = "other";
  for (const chosen of choices) {
    const status = chosenClinicStatusOf({ chosen, facility, allianceAsOneUnit: chosen.allianceAsOneUnit });
    if (RANK[status] > RANK[best]) best = status;
  }
  return best;
}

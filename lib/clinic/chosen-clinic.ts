import "server-only";
import { and, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { clinicChoices } from "@/lib/db/schema";
import { findFacility } from "./queries";

/** The general-outpatient clinic a person chose (普通门诊选点), as the counter sees it. */
export interface ChosenClinic {
  facilityId: string;
  name: string;
  nameEn: string;
  level: number;
  /** Set when the clinic belongs to a county medical alliance (医共体). */
  allianceName: string | null;
  allianceNameEn: string | null;
}

/** The choice in force at some moment of China day `day` (YYYY-MM-DD), latest first; null when none. */
export async function getChosenClinic(db: Db, personId: string, day: string): Promise<ChosenClinic | null> {
  const dayStart = new Date(`${day}T00:00:00+08:00`);
  const dayEnd = new Date(dayStart.getTime() + 86_400_000);
  const [choice] = await db
    .select({ facilityId: clinicChoices.facilityId })
    .from(clinicChoices)
    .where(
      and(
        eq(clinicChoices.personId, personId),
        lt(clinicChoices.validFrom, dayEnd),
        or(isNull(clinicChoices.validTo), gt(clinicChoices.validTo, dayStart)),
      ),
    )
    .orderBy(desc(clinicChoices.validFrom))
    .limit(1);
  if (!choice) return null;
  const facility = await findFacility(db, choice.facilityId);
  if (!facility) return null;
  return {
    facilityId: facility.id,
    name: facility.name,
    nameEn: facility.nameEn,
    level: facility.level,
    allianceName: facility.alliance?.name ?? null,
    allianceNameEn: facility.alliance?.nameEn ?? null,
  };
}

import "server-only";
import { and, eq, gt, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { fromJson, jsonRow, onlyRow, type Db, type SqlValue } from "@/lib/db";
import { alliances, clinicChoices, facilities } from "@/lib/db/schema";

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

/**
 * The choice in force at some moment of China day `day` (YYYY-MM-DD), latest first, with its
 * clinic, as one JSON value (or null) to read within a larger statement: the counter reads it
 * with everything else a scan shows (chosenClinicFromJson reads it back).
 */
export function chosenClinicJson(personId: SqlValue<string>, day: SqlValue<string>): SQL {
  // The China day's first moment and the next day's, in the database (China keeps no summer time),
  // so that the day may be a placeholder of a prepared statement.
  const dayStart = sql`(${day}::text || ' 00:00:00+08')::timestamptz`;
  const dayEnd = sql`(${dayStart} + interval '1 day')`;
  return sql`(select ${jsonRow({ facilityId: facilities.id, name: facilities.name, nameEn: facilities.nameEn, level: facilities.level, allianceName: alliances.name, allianceNameEn: alliances.nameEn })}
    from ${clinicChoices}
    inner join ${facilities} on ${facilities.id} = ${clinicChoices.facilityId}
    left join ${alliances} on ${alliances.id} = ${facilities.allianceId}
    where ${and(eq(clinicChoices.personId, personId), lt(clinicChoices.validFrom, dayEnd), or(isNull(clinicChoices.validTo), gt(clinicChoices.validTo, dayStart)))}
    order by ${clinicChoices.validFrom} desc limit 1)`;
}

export function chosenClinicFromJson(value: unknown): ChosenClinic | null {
  return fromJson<ChosenClinic | null>(value);
}

/** The choice in force at some moment of China day `day` (YYYY-MM-DD), latest first; null when none. */
export async function getChosenClinic(db: Db, personId: string, day: string): Promise<ChosenClinic | null> {
  const row = onlyRow<{ clinic: unknown }>(await db.execute(sql`select ${chosenClinicJson(personId, day)} as clinic`));
  return chosenClinicFromJson(row?.clinic ?? null);
}

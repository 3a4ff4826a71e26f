import "server-only";
import { and, asc, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { chronicApprovals, crossRegionFilings, facilities } from "@/lib/db/schema";
import { findChoiceInForce, findPersonRegion } from "@/lib/clinic";
import { enrolmentOn } from "@/lib/ledger";
import { getPolicy } from "@/lib/reimbursement";
type Bilingual = { zh: string; en: string };

export interface FacilityOption {
  id: string;
  name: string;
  nameEn: string;
  level: number;
  kind: "clinic" | "pharmacy" | "hospital";
  /** Relative to the person's chosen clinic (普通门诊选点). */
  status: "chosen" | "alliance" | "other";
  /** In the region of the person's cross-region filing rather than at home. */
  away: boolean;
}

/** What the Estimate form offers this person; no name and no national ID. */
export interface EstimateFormOptions {
  personId: string;
  insurance: "employee" | "resident" | null;
  facilities: FacilityOption[];
  defaultFacilityId: string | null;
  chronicDiseases: Array<{ disease: string; label: Bilingual }>;
  filing: { placeName: string; placeNameEn: string } | null;
  today: string;
}

/**
 * The facilities of the person's home region (and of the place of a cross-region filing in
 * force), the chosen clinic first; the chronic diseases approved on `day`; the filing. The
 * caller has authorised access to `personId` for "estimate".
 */
export async function getEstimateFormOptions(db: Db, personId: string, day: string): Promise<EstimateFormOptions> {
  const enrolment = await enrolmentOn(db, personId, day);
  const [filing] = await db
    .select({ placeCode: crossRegionFilings.placeCode, placeName: crossRegionFilings.placeName, placeNameEn: crossRegionFilings.placeNameEn })
    .from(crossRegionFilings)
    .where(and(eq(crossRegionFilings.personId, personId), lte(crossRegionFilings.validFrom, day), or(isNull(crossRegionFilings.validTo), gte(crossRegionFilings.validTo, day))))
    .limit(1);
  const regionCodes = [enrolment?.regionCode, filing?.placeCode].filter((code): code is string => typeof code === "string");
  const rows = regionCodes.length === 0 ? [] : await db
    .select({ id: facilities.id, name: facilities.name, nameEn: facilities.nameEn, level: facilities.level, kind: facilities.kind, regionCode: facilities.regionCode, allianceId: facilities.allianceId })
    .from(facilities)
    .where(inArray(facilities.regionCode, regionCodes))
    .orderBy(asc(facilities.level), asc(facilities.code));
  const [chosen, region] = await Promise.all([findChoiceInForce(db, personId, day), findPersonRegion(db, personId, day)]);
  // A member of the chosen clinic's alliance counts as the chosen clinic where the region treats
  // the alliance as one unit (Qingyuan, 清医保待函〔2021〕28号); the engine applies the rule.
  const chosenAlliance = region?.allianceAsOneUnit ? (chosen?.alliance?.id ?? null) : null;
  const options: FacilityOption[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    level: row.level,
    kind: row.kind,
    status: row.id === chosen?.id ? "chosen" : chosenAlliance !== null && row.allianceId === chosenAlliance ? "alliance" : "other",
    away: row.regionCode !== enrolment?.regionCode,
  }));
  const rank = { chosen: 0, alliance: 1, other: 2 } as const;
  options.sort((a, b) => rank[a.status] - rank[b.status] || Number(a.away) - Number(b.away));

  const approvals = await db
    .selectDistinct({ disease: chronicApprovals.disease })
    .from(chronicApprovals)
    .where(and(eq(chronicApprovals.personId, personId), lte(chronicApprovals.validFrom, day), gte(chronicApprovals.validTo, day)))
    .orderBy(asc(chronicApprovals.disease));
  const labels = (enrolment ? getPolicy(enrolment.policyId)?.diseases : undefined) ?? {};
  return {
    personId,
    insurance: enrolment?.insurance ?? null,
    facilities: options,
    defaultFacilityId: chosen?.id ?? options[0]?.id ?? null,
    chronicDiseases: approvals.map((a) => ({ disease: a.disease, label: labels[a.disease] ?? { zh: a.disease, en: a.disease } })),
    filing: filing ? { placeName: filing.placeName, placeNameEn: filing.placeNameEn } : null,
    today: day,
  };
}

import "server-only";
import { and, asc, eq, gte, isNotNull, isNull, lte } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { chronicApprovals, clinicChoices, crossRegionFilings, type filingKinds } from "@/lib/db/schema";
import { addDaysToDay } from "@/lib/dates";
import { getPolicy } from "@/lib/reimbursement";
import { findPersonRegion } from "@/lib/clinic";

/** How far ahead an ending approval or filing is announced. */
export const ALERT_WINDOW_DAYS = 30;

export type PersonAlert =
  | { kind: "chronic_ending"; disease: string; diseaseName: { zh: string; en: string }; validTo: string; daysLeft: number }
  | { kind: "filing_ending"; filingKind: (typeof filingKinds)[number]; placeName: string; placeNameEn: string; validTo: string; daysLeft: number }
  | { kind: "clinic_required"; regionName: string; regionNameEn: string };

export interface PersonAlerts {
  asOf: string;
  alerts: PersonAlert[];
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * What the person should act on soon: a chronic-disease approval (门诊慢特病) or a cross-region
 * filing (异地就医备案) that ends within 30 days (the last valid day counted as "0 days left"), and a
 * missing general-outpatient clinic in a region that pays general outpatient care only there.
 */
export async function getPersonAlerts(db: Db, personId: string, day: string, now: Date): Promise<PersonAlerts> {
  const horizon = addDaysToDay(day, ALERT_WINDOW_DAYS);
  const [region, approvals, filings, [choice]] = await Promise.all([
    findPersonRegion(db, personId, day),
    db
      .select({ disease: chronicApprovals.disease, validTo: chronicApprovals.validTo })
      .from(chronicApprovals)
      .where(and(eq(chronicApprovals.personId, personId), lte(chronicApprovals.validFrom, day), gte(chronicApprovals.validTo, day), lte(chronicApprovals.validTo, horizon)))
      .orderBy(asc(chronicApprovals.validTo)),
    db
      .select({ kind: crossRegionFilings.kind, placeName: crossRegionFilings.placeName, placeNameEn: crossRegionFilings.placeNameEn, validTo: crossRegionFilings.validTo })
      .from(crossRegionFilings)
      .where(
        and(
          eq(crossRegionFilings.personId, personId),
          lte(crossRegionFilings.validFrom, day),
          isNotNull(crossRegionFilings.validTo),
          gte(crossRegionFilings.validTo, day),
          lte(crossRegionFilings.validTo, horizon),
        ),
      )
      .orderBy(asc(crossRegionFilings.validTo)),
    db.select({ id: clinicChoices.id }).from(clinicChoices).where(and(eq(clinicChoices.personId, personId), isNull(clinicChoices.validTo))),
  ]);

  const labels = (region && getPolicy(region.policyId)?.diseases) || {};
  const alerts: PersonAlert[] = [];
  if (region?.requiresChosenClinic && !choice) {
    alerts.push({ kind: "clinic_required", regionName: region.name, regionNameEn: region.nameEn });
  }
  for (const a of approvals) {
    alerts.push({ kind: "chronic_ending", disease: a.disease, diseaseName: labels[a.disease] ?? { zh: a.disease, en: a.disease }, validTo: a.validTo, daysLeft: daysBetween(day, a.validTo) });
  }
  for (const f of filings) {
    alerts.push({ kind: "filing_ending", filingKind: f.kind, placeName: f.placeName, placeNameEn: f.placeNameEn, validTo: f.validTo!, daysLeft: daysBetween(day, f.validTo!) });
  }
  return { asOf: now.toISOString(), alerts };
}

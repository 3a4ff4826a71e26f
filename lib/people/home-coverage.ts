import "server-only";
import type { Db } from "@/lib/db";
import { chinaDay } from "@/lib/dates";
import { getPersonAlerts, type PersonAlerts } from "./alerts";
import { getClinicOverview, type ClinicOverview } from "@/lib/clinic";
import { getEntitlements, type Entitlements } from "@/lib/ledger";

/** What the home page shows below the person's card. The caller has authorised access. */
export interface HomeCoverage {
  clinic: ClinicOverview;
  alerts: PersonAlerts;
  /** Null when the person has no enrolment (nothing to show). */
  entitlements: Entitlements | null;
}

export async function getHomeCoverage(db: Db, personId: string, now: Date): Promise<HomeCoverage> {
  const day = chinaDay(now);
  const [clinic, alerts, entitlements] = await Promise.all([
    getClinicOverview(db, personId, now),
    getPersonAlerts(db, personId, day, now),
    getEntitlements(db, personId, Number(day.slice(0, 4)), day, now),
  ]);
  return { clinic, alerts, entitlements: entitlements?.policy ? entitlements : null };
}

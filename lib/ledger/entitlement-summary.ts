import "server-only";
import type { Db } from "@/lib/db";
import { readEntitlementFacts, type EntitlementFacts } from "./entitlement-facts";
import { entitlementsOf } from "./entitlements";

/**
 * What the counter sees of a person's entitlements right after a code verifies: the same
 * ledger figures the person sees at home (getEntitlements), cut down to what a counter needs.
 */
export interface EntitlementSummary {
  /** Policy year (Chinese calendar year of `day`). */
  year: number;
  /** The moment the figures were last brought up to date. */
  asOf: string | null;
  ledgerAvailable: boolean;
  benefits: BenefitSummary[];
  /** Employee personal account (个人账户) balance in integer fen; null when the person has none. */
  personalAccountBalanceFen: number | null;
  /** Approved chronic and special-disease outpatient benefits (门诊慢特病) in force on `day`, named as the person's regional policy names them. */
  chronicApprovals: { disease: string; label: { zh: string; en: string }; validTo: string }[];
}

export interface BenefitSummary {
  /** The policy's benefit key, e.g. "general_outpatient", "inpatient", "chronic:diabetes". */
  benefit: string;
  usedFen: number;
  /** Annual cap (封顶线) in fen; null when the benefit has none. */
  capFen: number | null;
  remainingFen: number | null;
  /** Deductible (起付线) still to be met this year, in fen; null when none applies. */
  deductibleRemainingFen: number | null;
}

/** `day` is a China calendar day, YYYY-MM-DD. */
export async function getEntitlementSummaryForTerminal(db: Db, personId: string, day: string, now = new Date()): Promise<EntitlementSummary> {
  return entitlementSummaryOf(await readEntitlementFacts(db, personId, Number(day.slice(0, 4)), day), { personId, day, now });
}

/** The counter's summary made from what the database holds (entitlementFactsJson of the year of `day`; null: no such person). */
export function entitlementSummaryOf(facts: EntitlementFacts | null, at: { personId: string; day: string; now: Date }): EntitlementSummary {
  const { day } = at;
  const year = Number(day.slice(0, 4));
  if (!facts) {
    return { year, asOf: null, ledgerAvailable: false, benefits: [], personalAccountBalanceFen: null, chronicApprovals: [] };
  }
  const entitlements = entitlementsOf(facts, { ...at, year, recentEntries: [] });
  return {
    year,
    asOf: entitlements.asOf,
    ledgerAvailable: true,
    benefits: entitlements.buckets.map((b) => ({
      benefit: b.bucket,
      usedFen: b.usedFen,
      capFen: b.capFen,
      remainingFen: b.remainingFen,
      deductibleRemainingFen: b.deductible ? b.deductible.remainingFen : null,
    })),
    personalAccountBalanceFen: entitlements.account.hasAccount ? entitlements.account.balanceFen : null,
    chronicApprovals: entitlements.chronicApprovals
      .filter((a) => a.validFrom <= day && a.validTo >= day)
      .map((a) => ({ disease: a.disease, label: a.label, validTo: a.validTo })),
  };
}

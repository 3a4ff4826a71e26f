import "server-only";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { chronicApprovals } from "@/lib/db/schema";

/**
 * What the counter sees of a person's entitlements right after a code verifies.
 *
 * The year-to-date ledger (deductible met, caps used, personal account) is not kept yet;
 * until it is, `ledgerAvailable` is false, `benefits` is empty and the balance is null.
 * The ledger fills `benefits` and `personalAccountBalanceFen` here, keeping the shape,
 * so the terminal API and page pick the figures up without changes.
 */
export interface EntitlementSummary {
  /** Policy year (Chinese calendar year of `day`). */
  year: number;
  /** The moment the figures were last brought up to date; null while there is no ledger. */
  asOf: string | null;
  ledgerAvailable: boolean;
  benefits: BenefitSummary[];
  /** Employee personal account (个人账户) balance in integer fen; null when not known. */
  personalAccountBalanceFen: number | null;
  /** Approved chronic and special-disease outpatient benefits (门诊慢特病) in force on `day`. */
  chronicApprovals: { disease: string; validTo: string }[];
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
export async function getEntitlementSummaryForTerminal(db: Db, personId: string, day: string): Promise<EntitlementSummary> {
  const approvals = await db
    .select({ disease: chronicApprovals.disease, validTo: chronicApprovals.validTo })
    .from(chronicApprovals)
    .where(and(eq(chronicApprovals.personId, personId), lte(chronicApprovals.validFrom, day), gte(chronicApprovals.validTo, day)))
    .orderBy(asc(chronicApprovals.disease));
  return {
    year: Number(day.slice(0, 4)),
    asOf: null,
    ledgerAvailable: false,
    benefits: [],
    personalAccountBalanceFen: null,
    chronicApprovals: approvals,
  };
}

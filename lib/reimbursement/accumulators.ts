/**
 * Year-to-date accumulators: defaults for missing figures and the figures
 * after a settlement.
 */
import type { Fen } from "./money";
import type { Accumulators, BucketAmounts } from "./types";
import type { VisitKind } from "./vocabulary";

export function emptyAccumulators(): Accumulators {
  return {
    deductiblePaid: {},
    policyScopeAmount: {},
    fundPaid: {},
    criticalIllnessBurden: 0,
    criticalIllnessPaid: 0,
    largeAmountPaid: 0,
    assistanceBurden: 0,
    assistancePaid: {},
  };
}

/** Missing figures count as 0. */
export function withDefaults(partial: Partial<Accumulators> | undefined): Accumulators {
  if (!partial) return emptyAccumulators();
  return {
    deductiblePaid: partial.deductiblePaid ?? {},
    policyScopeAmount: partial.policyScopeAmount ?? {},
    fundPaid: partial.fundPaid ?? {},
    criticalIllnessBurden: partial.criticalIllnessBurden ?? 0,
    criticalIllnessPaid: partial.criticalIllnessPaid ?? 0,
    largeAmountPaid: partial.largeAmountPaid ?? 0,
    assistanceBurden: partial.assistanceBurden ?? 0,
    assistancePaid: partial.assistancePaid ?? {},
  };
}

function added(amounts: BucketAmounts, bucket: string | null, amount: Fen): BucketAmounts {
  if (bucket === null) return { ...amounts };
  return { ...amounts, [bucket]: (amounts[bucket] ?? 0) + amount };
}

export interface SettlementIncrements {
  bucket: string | null;
  /** Where the deductible paid is counted: the bucket, or the bucket and month. */
  deductibleKey: string | null;
  deductible: Fen;
  policyScope: Fen;
  fund: Fen;
  criticalIllnessBurden: Fen;
  criticalIllnessPaid: Fen;
  largeAmountPaid: Fen;
  assistanceBurden: Fen;
  assistancePaid: Fen;
  visitKind: VisitKind;
}

/** The accumulators after a settlement (new objects; the input is not changed). */
export function accumulatorsAfter(before: Accumulators, add: SettlementIncrements): Accumulators {
  const assistancePaid = { ...before.assistancePaid };
  if (add.assistancePaid > 0) assistancePaid[add.visitKind] = (assistancePaid[add.visitKind] ?? 0) + add.assistancePaid;
  return {
    deductiblePaid: added(before.deductiblePaid, add.deductibleKey ?? add.bucket, add.deductible),
    policyScopeAmount: added(before.policyScopeAmount, add.bucket, add.policyScope),
    fundPaid: added(before.fundPaid, add.bucket, add.fund),
    criticalIllnessBurden: before.criticalIllnessBurden + add.criticalIllnessBurden,
    criticalIllnessPaid: before.criticalIllnessPaid + add.criticalIllnessPaid,
    largeAmountPaid: before.largeAmountPaid + add.largeAmountPaid,
    assistanceBurden: before.assistanceBurden + add.assistanceBurden,
    assistancePaid,
  };
}

/** Sum of a bucket amount record over the buckets a predicate selects. */
export function sumBuckets(amounts: BucketAmounts, select: (bucket: string) => boolean): Fen {
  let total = 0;
  for (const bucket in amounts) {
    if (select(bucket)) total += amounts[bucket] ?? 0;
  }
  return total;
}

/**
 * 起付线 (policy-facts §1.2): per year, month, visit or admission, lower for later
 * admissions (down to a floor), carried over on referral, raised for unfiled
 * cross-region care.
 */
import { type BasisPoints, type Fen, mulRatio } from "./money";
import type { DeductibleRule } from "./policy-schema";
import type { Visit } from "./types";

export interface DeductibleOutcome {
  /** What this bill still owes towards the deductible (before limiting to the bill). */
  due: Fen;
  /** The deductible that applies to this year / visit / admission. */
  full: Fen;
  /** Already paid this year (year basis) or at the referring facility (referral). */
  alreadyPaid: Fen;
  admission?: number | undefined;
  referral?: "up" | "down_or_same" | "charged_again" | undefined;
  /** The schedule's floor, when it raised a later admission's deductible. */
  floor?: Fen | undefined;
}

const BASIS_ONE: BasisPoints = 10_000;

/** The deductible of the n-th admission of the year under a schedule, and the floor when it applied. */
export function scheduledDeductible(first: Fen, rule: DeductibleRule, admission: number): { amount: Fen; floor?: Fen } {
  const schedule = rule.admissionSchedule;
  if (!schedule || admission <= 1) return { amount: first };
  if (schedule.kind === "factors") {
    const factor = schedule.factors[Math.min(admission, schedule.factors.length) - 1] ?? BASIS_ONE;
    const scaled = mulRatio(first, factor);
    // A floor never raises a later admission above the first one's deductible.
    const floor = schedule.floor === undefined ? 0 : Math.min(schedule.floor, first);
    return scaled < floor ? { amount: floor, floor } : { amount: scaled };
  }
  let amount = first;
  for (let n = 2; n <= admission; n++) {
    const floor = Math.min(schedule.floor, amount);
    const reduced = Math.max(floor, amount - mulRatio(amount, schedule.each));
    if (reduced === amount) break;
    amount = reduced;
  }
  return { amount };
}

export function deductibleDue(
  rule: DeductibleRule,
  rowAmount: Fen,
  visit: Visit,
  /** Paid this year (year basis) or this month (month basis). */
  paidThisPeriod: Fen,
  crossRegionIncrease: BasisPoints,
): DeductibleOutcome {
  const admission = rule.basis === "admission" ? (visit.admissionOfYear ?? 1) : undefined;
  const scheduled = admission === undefined ? { amount: rowAmount } : scheduledDeductible(rowAmount, rule, admission);
  let full = scheduled.amount;
  if (crossRegionIncrease > 0) full += mulRatio(full, crossRegionIncrease);
  const floor = scheduled.floor;

  if (rule.basis === "year" || rule.basis === "month") {
    return { due: Math.max(0, full - paidThisPeriod), full, alreadyPaid: paidThisPeriod };
  }
  const referral = visit.referralFrom;
  if (!referral) return { due: full, full, alreadyPaid: 0, admission, floor };
  if (rule.onReferral !== "pay_difference") {
    return { due: full, full, alreadyPaid: 0, admission, referral: "charged_again", floor };
  }
  // Wuhan reply to CPPCC proposal 20190207: moving up pays only the difference,
  // moving down or to the same level pays no new deductible.
  if (referral.facilityLevel < visit.facilityLevel) {
    return { due: Math.max(0, full - referral.deductiblePaid), full, alreadyPaid: referral.deductiblePaid, admission, referral: "up", floor };
  }
  return { due: 0, full, alreadyPaid: referral.deductiblePaid, admission, referral: "down_or_same", floor };
}

/** The accumulator key of the deductible paid: the bucket, or the bucket and month for a monthly deductible. */
export function deductibleKey(rule: DeductibleRule, bucket: string, serviceDate: string): string {
  return rule.basis === "month" ? `${bucket}@${serviceDate.slice(0, 7)}` : bucket;
}

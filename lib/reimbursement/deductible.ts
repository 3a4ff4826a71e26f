/**
 * 起付线 (policy-facts §1.2): per year, per visit or per admission, lower for later
 * admissions, carried over on referral, raised for unfiled cross-region care.
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
}

const BASIS_ONE: BasisPoints = 10_000;

/** The deductible of the n-th admission of the year under a schedule. */
export function scheduledDeductible(first: Fen, rule: DeductibleRule, admission: number): Fen {
  const schedule = rule.admissionSchedule;
  if (!schedule || admission <= 1) return first;
  if (schedule.kind === "factors") {
    const factor = schedule.factors[Math.min(admission, schedule.factors.length) - 1] ?? BASIS_ONE;
    return mulRatio(first, factor);
  }
  let amount = first;
  for (let n = 2; n <= admission; n++) {
    const floor = Math.min(schedule.floor, amount);
    const reduced = Math.max(floor, amount - mulRatio(amount, schedule.each));
    if (reduced === amount) break;
    amount = reduced;
  }
  return amount;
}

export function deductibleDue(
  rule: DeductibleRule,
  rowAmount: Fen,
  visit: Visit,
  paidThisYear: Fen,
  crossRegionIncrease: BasisPoints,
): DeductibleOutcome {
  const admission = rule.basis === "admission" ? (visit.admissionOfYear ?? 1) : undefined;
  let full = admission === undefined ? rowAmount : scheduledDeductible(rowAmount, rule, admission);
  if (crossRegionIncrease > 0) full += mulRatio(full, crossRegionIncrease);

  if (rule.basis === "year") {
    return { due: Math.max(0, full - paidThisYear), full, alreadyPaid: paidThisYear };
  }
  const referral = visit.referralFrom;
  if (!referral) return { due: full, full, alreadyPaid: 0, admission };
  if (rule.onReferral !== "pay_difference") {
    return { due: full, full, alreadyPaid: 0, admission, referral: "charged_again" };
  }
  // Wuhan reply to CPPCC proposal 20190207: moving up pays only the difference,
  // moving down or to the same level pays no new deductible.
  if (referral.facilityLevel < visit.facilityLevel) {
    return { due: Math.max(0, full - referral.deductiblePaid), full, alreadyPaid: referral.deductiblePaid, admission, referral: "up" };
  }
  return { due: 0, full, alreadyPaid: referral.deductiblePaid, admission, referral: "down_or_same" };
}

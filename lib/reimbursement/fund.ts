/**
 * The basic fund (hifp_pay, policy-facts §1.2–1.4): an account segment where the
 * policy has one, the deductible, then a ratio of the policy-scope amount above
 * it — banded or not, adjusted for cross-region care — cut at what is left of
 * the caps. Listed items settled by their own share are paid first.
 *
 * Rounding (docs/estimate-contract.md): the ratio's payment is
 * round(Φ(b)) − round(Φ(a)) on the bill's place [a, b] of the running total,
 * and where a cap falls inside the bill is found exactly, from Φ, never from a
 * rounded payment — so a bill split into several visits is paid what it is
 * paid whole.
 */
import { sumBuckets } from "./accumulators";
import { type Dated, provenance } from "./dated";
import { deductibleDue, deductibleKey } from "./deductible";
import { type Fraction, compare, fenToUnits, fraction, roundFen } from "./exact";
import type { BasisPoints, Fen } from "./money";
import type { CapRule, CrossRegionRule, RatioRule } from "./policy-schema";
import { type BenefitVersion, type PolicyVersion, bucketMatches } from "./policy-version";
import { type RatioAxis, flatAxis, fundBandAxis, scopeBandAxis } from "./ratio-axis";
import { type RowContext, matchRow } from "./rows";
import type { Accumulators, SettlementInput, Step, Visit } from "./types";
import { personTypeOf } from "./vocabulary";

type RatioRow = RatioRule["rows"][number];

export interface CrossRegionAdjustment {
  ratioReduction: BasisPoints;
  deductibleIncrease: BasisPoints;
  firstSelfPay?: BasisPoints | undefined;
}

export function crossRegionAdjustment(entry: Dated<CrossRegionRule> | undefined, visit: Visit): CrossRegionAdjustment {
  const rule = entry?.value;
  const adjustment = rule && visit.crossRegion !== "none" ? rule[visit.crossRegion] : undefined;
  return adjustment ?? { ratioReduction: 0, deductibleIncrease: 0 };
}

/** The row's ratio as an axis, with the reduction for unfiled cross-region care applied. */
function axisOf(row: RatioRow, reduction: BasisPoints): RatioAxis {
  if (row.bands === undefined) return flatAxis(Math.max(0, (row.ratio ?? 0) - reduction));
  return row.bandsOn === "fund_paid" ? fundBandAxis(row.bands, reduction) : scopeBandAxis(row.bands, reduction);
}

interface CapChoice {
  remaining: Fen | null;
  cap: Fen | null;
  capId: string;
  paidBefore: Fen;
  entry: Dated<CapRule>;
}

/** What is left under the bucket's own cap and every shared cap it belongs to; the smallest binds. */
function bindingCap(version: PolicyVersion, candidate: BenefitVersion, bucket: string, context: RowContext, before: Accumulators): CapChoice | "incomplete" {
  const own = matchRow(candidate.cap.value.rows, context);
  if (!own) return "incomplete";
  const ownPaid = before.fundPaid[bucket] ?? 0;
  let choice: CapChoice = {
    remaining: own.amount === null ? null : Math.max(0, own.amount - ownPaid),
    cap: own.amount,
    capId: bucket,
    paidBefore: ownPaid,
    entry: candidate.cap,
  };
  for (const { sharedCap, cap } of version.sharedCaps) {
    if (!sharedCap.buckets.some((pattern) => bucketMatches(pattern, bucket))) continue;
    const row = matchRow(cap.value.rows, context);
    if (!row) return "incomplete";
    if (row.amount === null) continue;
    const paid = sumBuckets(before.fundPaid, (b) => sharedCap.buckets.some((pattern) => bucketMatches(pattern, b)));
    const remaining = Math.max(0, row.amount - paid);
    if (choice.remaining === null || remaining < choice.remaining) {
      choice = { remaining, cap: row.amount, capId: sharedCap.id, paidBefore: paid, entry: cap };
    }
  }
  return choice;
}

/** What the fund's amounts of this bill are: the regular (deductible and ratio) part and the settled items' part. */
export interface FundBase {
  regularScope: Fen;
  settledScope: Fen;
  /** Paid first by this year's personal-account credit (当年账户段), before the deductible. */
  accountSegment: Fen;
}

export interface BasicFund {
  /** act_pay_dedc: taken from the bill, or from the fund's payment. */
  deductible: Fen;
  /** The deductible-paid key charged (the bucket, or bucket@month). */
  deductibleKey: string;
  fund: Fen;
  /** Of `fund`, what paid listed items settled by their own share. */
  settledPaid: Fen;
  /** The place on the axis above the binding cap, for the large-amount benefit; null when the cap did not bind. */
  aboveCap: { from: Fraction; to: Fraction } | null;
  steps: Step[];
}

const whole = (value: Fen) => fraction(value);

/** round(Φ(to)) − round(Φ(from)): the telescoped payment of a stretch of the axis. */
function paidBetween(axis: RatioAxis, from: Fraction, to: Fraction): Fen {
  return axis.roundedAt(to) - axis.roundedAt(from);
}

export function basicFund(version: PolicyVersion, candidate: BenefitVersion, bucket: string, input: SettlementInput, before: Accumulators, base: FundBase): BasicFund | "incomplete" {
  const { person, visit } = input;
  const context: RowContext = {
    personType: personTypeOf(person.insurance, person.status),
    facilityLevel: visit.facilityLevel,
    age: person.age,
    crossRegion: visit.crossRegion,
  };
  const deductibleRule = candidate.deductible.value;
  const deductibleRow = matchRow(deductibleRule.amounts, context);
  const ratioRow = matchRow(candidate.ratio.value.rows, context);
  const cap = bindingCap(version, candidate, bucket, context, before);
  if (!deductibleRow || !ratioRow || cap === "incomplete") return "incomplete";

  const adjustment = crossRegionAdjustment(version.crossRegion, visit);
  // A row written for a cross-region situation already holds its final value.
  const deductibleIncrease = deductibleRow.when?.crossRegion ? 0 : adjustment.deductibleIncrease;
  const ratioReduction = ratioRow.when?.crossRegion ? 0 : adjustment.ratioReduction;
  const key = deductibleKey(deductibleRule, bucket, input.serviceDate);
  const due = deductibleDue(deductibleRule, deductibleRow.amount, visit, before.deductiblePaid[key] ?? 0, deductibleIncrease);
  const fromFund = deductibleRule.appliesTo === "fund_payment";
  const afterAccount = base.regularScope - base.accountSegment;
  const billDeductible = fromFund ? 0 : Math.min(due.due, afterAccount);
  const reimbursable = afterAccount - billDeductible;

  // The bill's place on the axis: the year's running policy-scope amount (its
  // reimbursable part for bands on the fund's payment), or 0 for bands that
  // restart with each admission.
  const axis = axisOf(ratioRow, ratioReduction);
  const scopeBefore = ratioRow.bandBasis === "admission" ? 0 : (before.policyScopeAmount[bucket] ?? 0);
  let start: Fen;
  if (ratioRow.bandsOn === "fund_paid") {
    const deductiblesBefore = ratioRow.bandBasis === "admission" || fromFund ? 0 : sumBuckets(before.deductiblePaid, (k) => k === bucket || k.startsWith(`${bucket}@`));
    start = scopeBefore - deductiblesBefore;
  } else {
    start = scopeBefore + base.accountSegment + billDeductible;
  }
  const a = whole(start);
  const b = whole(start + reimbursable);
  const roundedAtA = axis.roundedAt(a);
  const gross = axis.roundedAt(b) - roundedAtA;
  const fundDeductible = fromFund ? Math.min(due.due, gross) : 0;
  const net = gross - fundDeductible;

  const settledPaid = cap.remaining === null ? base.settledScope : Math.min(base.settledScope, cap.remaining);
  const left = cap.remaining === null ? null : cap.remaining - settledPaid;
  let regularPaid = net;
  let aboveCap: BasicFund["aboveCap"] = null;
  if (left !== null && net > left) {
    regularPaid = left;
    // The cap is reached where Φ has paid `left` more than it had at a (plus a deductible taken from the fund).
    const target = roundedAtA + fundDeductible + left;
    const reached = target <= roundedAtA ? a : axis.reach(fenToUnits(target));
    const from = reached === null || compare(reached, b) > 0 ? b : compare(reached, a) < 0 ? a : reached;
    aboveCap = { from, to: b };
  }

  const steps: Step[] = [];
  if (base.accountSegment > 0) {
    const balance = input.account?.currentYearBalance ?? 0;
    steps.push({ rule: "account_segment", base: base.regularScope, amount: base.accountSegment, balance, ...provenance(candidate.currentYearAccountFirst) });
  }
  steps.push({
    rule: "deductible",
    base: afterAccount,
    amount: fromFund ? fundDeductible : billDeductible,
    basis: deductibleRule.basis,
    appliesTo: fromFund ? "fund_payment" : undefined,
    full: due.full,
    alreadyPaid: due.alreadyPaid,
    admission: due.admission,
    referral: due.referral,
    floor: due.floor,
    month: deductibleRule.basis === "month" ? input.serviceDate.slice(0, 7) : undefined,
    crossRegionIncrease: deductibleIncrease > 0 ? deductibleIncrease : undefined,
    ...provenance(deductibleIncrease > 0 ? version.crossRegion : candidate.deductible),
  });
  for (const portion of axis.portions(a, b)) {
    steps.push({
      rule: "fund_ratio",
      base: roundFen(portion.to) - roundFen(portion.from),
      amount: paidBetween(axis, portion.from, portion.to),
      ratio: portion.ratio,
      bandFrom: portion.bandFrom,
      bandUpTo: portion.bandUpTo,
      bandsOn: ratioRow.bands && ratioRow.bandsOn === "fund_paid" ? "fund_paid" : undefined,
      bandBasis: ratioRow.bands && ratioRow.bandBasis === "admission" ? "admission" : undefined,
      crossRegionReduction: ratioReduction > 0 ? ratioReduction : undefined,
      ...provenance(candidate.ratio),
    });
  }
  const paid = settledPaid + regularPaid;
  steps.push({ rule: "fund_cap", base: base.settledScope + net, amount: paid, cap: cap.cap, capId: cap.capId, paidBefore: cap.paidBefore, ...provenance(cap.entry) });
  return { deductible: fromFund ? fundDeductible : billDeductible, deductibleKey: key, fund: paid, settledPaid, aboveCap, steps };
}

/**
 * The basic fund (hifp_pay, policy-facts §1.2–1.4): the deductible, then a
 * ratio of the policy-scope amount above it, banded or not, adjusted for
 * cross-region care and cut at what is left of the caps.
 */
import { sumBuckets } from "./accumulators";
import { type BandLimit, type Portion, splitOverBands } from "./bands";
import { type Dated, provenance } from "./dated";
import { deductibleDue } from "./deductible";
import { type BasisPoints, type Fen, amountReachingShare, mulRatio } from "./money";
import type { CapRule, CrossRegionRule } from "./policy-schema";
import { type BenefitVersion, type PolicyVersion, bucketMatches } from "./policy-version";
import { type RowContext, matchRow } from "./rows";
import type { Accumulators, SettlementInput, Step, Visit } from "./types";
import { personTypeOf } from "./vocabulary";

export interface RatioChoice {
  ratio?: BasisPoints | undefined;
  bands?: ReadonlyArray<BandLimit> | undefined;
}

/** The reimbursable range as portions with their ratios, after a cross-region reduction. */
export function fundPortions(choice: RatioChoice, scopeBefore: Fen, deductible: Fen, reimbursable: Fen, reduction: BasisPoints): Portion[] {
  const reduce = (ratio: BasisPoints) => Math.max(0, ratio - reduction);
  if (choice.bands) {
    const portions = splitOverBands(scopeBefore + deductible, reimbursable, choice.bands, 0);
    for (const portion of portions) portion.ratio = reduce(portion.ratio);
    return portions.length > 0 ? portions : [{ length: 0, ratio: reduce(choice.bands[0]?.ratio ?? 0) }];
  }
  return [{ length: reimbursable, ratio: reduce(choice.ratio ?? 0) }];
}

export interface CappedPayment {
  /** What each portion pays before the cap. */
  uncapped: Fen[];
  /** What each portion pays within the cap. */
  paid: Fen[];
  total: Fen;
  uncappedTotal: Fen;
  /** Policy-scope amount the fund would have covered but for the cap (base of hifob_pay). */
  aboveCap: Fen;
}

/** Pays portions in order until `remaining` (null: no cap) is used up. */
export function payWithinCap(portions: ReadonlyArray<Portion>, remaining: Fen | null): CappedPayment {
  const uncapped: Fen[] = [];
  const paid: Fen[] = [];
  let left = remaining ?? Number.POSITIVE_INFINITY;
  let total = 0;
  let uncappedTotal = 0;
  let aboveCap = 0;
  for (const portion of portions) {
    const full = mulRatio(portion.length, portion.ratio);
    uncapped.push(full);
    uncappedTotal += full;
    if (full <= left) {
      paid.push(full);
      total += full;
      left -= full;
      continue;
    }
    paid.push(left);
    total += left;
    aboveCap += portion.length - Math.min(portion.length, amountReachingShare(left, portion.ratio));
    left = 0;
  }
  return { uncapped, paid, total, uncappedTotal, aboveCap };
}

function crossRegionAdjustment(entry: Dated<CrossRegionRule> | undefined, visit: Visit): { ratioReduction: BasisPoints; deductibleIncrease: BasisPoints } {
  const rule = entry?.value;
  const adjustment = rule && visit.crossRegion !== "none" ? rule[visit.crossRegion] : undefined;
  return adjustment ?? { ratioReduction: 0, deductibleIncrease: 0 };
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

export interface BasicFund {
  deductible: Fen;
  fund: Fen;
  aboveCap: Fen;
  steps: Step[];
}

export function basicFund(
  version: PolicyVersion,
  candidate: BenefitVersion,
  bucket: string,
  input: SettlementInput,
  before: Accumulators,
  policyScope: Fen,
): BasicFund | "incomplete" {
  const { person, visit } = input;
  const context: RowContext = {
    personType: personTypeOf(person.insurance, person.status),
    facilityLevel: visit.facilityLevel,
    age: person.age,
    crossRegion: visit.crossRegion,
  };
  const deductibleRow = matchRow(candidate.deductible.value.amounts, context);
  const ratioRow = matchRow(candidate.ratio.value.rows, context);
  const cap = bindingCap(version, candidate, bucket, context, before);
  if (!deductibleRow || !ratioRow || cap === "incomplete") return "incomplete";

  const adjustment = crossRegionAdjustment(version.crossRegion, visit);
  // A row written for a cross-region situation already holds its final value.
  const deductibleIncrease = deductibleRow.when?.crossRegion ? 0 : adjustment.deductibleIncrease;
  const ratioReduction = ratioRow.when?.crossRegion ? 0 : adjustment.ratioReduction;
  const due = deductibleDue(candidate.deductible.value, deductibleRow.amount, visit, before.deductiblePaid[bucket] ?? 0, deductibleIncrease);
  const deductible = Math.min(due.due, policyScope);
  const reimbursable = policyScope - deductible;
  const portions = fundPortions(ratioRow, before.policyScopeAmount[bucket] ?? 0, deductible, reimbursable, ratioReduction);
  const paid = payWithinCap(portions, cap.remaining);

  const crossSource = deductibleIncrease > 0 || ratioReduction > 0 ? version.crossRegion : undefined;
  const steps: Step[] = [
    {
      rule: "deductible",
      base: policyScope,
      amount: deductible,
      basis: candidate.deductible.value.basis,
      full: due.full,
      alreadyPaid: due.alreadyPaid,
      admission: due.admission,
      referral: due.referral,
      crossRegionIncrease: deductibleIncrease > 0 ? deductibleIncrease : undefined,
      ...provenance(deductibleIncrease > 0 ? crossSource : candidate.deductible),
    },
  ];
  portions.forEach((portion, index) => {
    steps.push({
      rule: "fund_ratio",
      base: portion.length,
      amount: paid.uncapped[index] ?? 0,
      ratio: portion.ratio,
      bandFrom: portion.bandFrom,
      bandUpTo: portion.bandUpTo,
      crossRegionReduction: ratioReduction > 0 ? ratioReduction : undefined,
      ...provenance(candidate.ratio),
    });
  });
  steps.push({ rule: "fund_cap", base: paid.uncappedTotal, amount: paid.total, cap: cap.cap, capId: cap.capId, paidBefore: cap.paidBefore, ...provenance(cap.entry) });
  return { deductible, fund: paid.total, aboveCap: paid.aboveCap, steps };
}

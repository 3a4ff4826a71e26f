/**
 * Payments after the basic fund: employees' large-amount benefit (hifob_pay),
 * critical illness insurance (hifmi_pay, policy-facts §1.5) and medical
 * assistance (maf_pay, §1.6). Each is a running total along a year-to-date
 * axis, paid as round(total after) − round(total before), so a bill split into
 * several visits is paid what it is paid whole (docs/estimate-contract.md).
 */
import { type Portion, splitOverBands } from "./bands";
import { type Dated, provenance } from "./dated";
import { type Fraction, add, fraction, max, roundFen, roundUnits, roundUnitsWhole, sub } from "./exact";
import { type BasisPoints, type Fen, mulRatio } from "./money";
import type { AssistanceRule, AssistanceTerms, CriticalIllnessRule, LargeAmountRule } from "./policy-schema";
import { bucketMatches } from "./policy-version";
import type { Accumulators, Person, Step } from "./types";
import type { Insurance, VisitKind } from "./vocabulary";

const FULL_RATIO = 10_000;

function remainingOf(limit: Fen | null, used: Fen): Fen | null {
  return limit === null ? null : Math.max(0, limit - used);
}

function cut(amount: Fen, remaining: Fen | null): Fen {
  return remaining === null ? amount : Math.min(amount, remaining);
}

export interface SupplementaryPayment {
  amount: Fen;
  steps: Step[];
}

const NOTHING: SupplementaryPayment = { amount: 0, steps: [] };

/** ratio × a place on the axis (fen), in units. */
const unitsAt = (ratio: BasisPoints, place: Fraction): Fraction => ({ n: place.n * BigInt(ratio), d: place.d });

/** 职工大额医疗补助: a ratio of the policy-scope amount above the place where the basic cap was reached. */
export function largeAmountPayment(
  entry: Dated<LargeAmountRule> | undefined,
  person: Person,
  bucket: string,
  aboveCap: { from: Fraction; to: Fraction } | null,
  before: Accumulators,
): SupplementaryPayment {
  const rule = entry?.value;
  if (!entry || !rule || !aboveCap || !rule.insurance.includes(person.insurance) || !rule.buckets.some((pattern) => bucketMatches(pattern, bucket))) return NOTHING;
  const capRemaining = remainingOf(rule.annualCap, before.largeAmountPaid);
  const uncapped = roundUnits(unitsAt(rule.ratio, aboveCap.to)) - roundUnits(unitsAt(rule.ratio, aboveCap.from));
  const amount = cut(uncapped, capRemaining);
  const base = roundFen(aboveCap.to) - roundFen(aboveCap.from);
  return { amount, steps: [{ rule: "large_amount", base, amount, ratio: rule.ratio, capRemaining, ...provenance(entry) }] };
}

/** The rule of a critical-illness entry for one insurance type (the first listing it). */
export function criticalIllnessRuleFor(entry: Dated<CriticalIllnessRule[]> | undefined, insurance: Insurance): Dated<CriticalIllnessRule> | undefined {
  const rule = entry?.value.find((candidate) => candidate.insurance.includes(insurance));
  return entry && rule ? { ...entry, value: rule } : undefined;
}

/** Σ ratio × (part of [floor, x) in each segment), in units: the running total of a segmented benefit. */
function segmentedTotal(segments: ReadonlyArray<{ upTo: Fen | null; ratio: BasisPoints }>, floor: Fen, x: Fen): number {
  let total = 0;
  let lower = floor;
  for (const segment of segments) {
    const upper = segment.upTo ?? Number.POSITIVE_INFINITY;
    if (x <= lower) break;
    if (upper > lower) total += (Math.min(x, upper) - lower) * segment.ratio;
    lower = Math.max(lower, upper);
  }
  return total;
}

const roundWhole = roundUnitsWhole;

/** Whether the burden counted for critical illness leaves the deductible out. */
export function criticalIllnessBase(entry: Dated<CriticalIllnessRule> | undefined, burden: Fen, deductible: Fen): Fen {
  return entry?.value.deductibleCounts === false ? Math.max(0, burden - deductible) : burden;
}

/**
 * 大病保险: segments on the year's cumulative policy-scope burden above a
 * threshold; for low-income groups the threshold is lowered, the ratios raised
 * and the cap may be lifted (national guidance, policy-facts §1.5).
 */
export function criticalIllnessPayment(entry: Dated<CriticalIllnessRule> | undefined, person: Person, visitKind: VisitKind, base: Fen, before: Accumulators): SupplementaryPayment {
  const rule = entry?.value;
  if (!entry || !rule || !rule.visitKinds.includes(visitKind)) return NOTHING;
  const low = rule.lowIncome;
  const lowIncome = low !== undefined && person.assistance !== "none" && low.groups.includes(person.assistance);
  const threshold = lowIncome ? mulRatio(rule.threshold, low.thresholdFactor) : rule.threshold;
  const increase = lowIncome ? low.ratioIncrease : 0;
  const segments = rule.segments.map((segment) => ({ upTo: segment.upTo, ratio: Math.min(FULL_RATIO, segment.ratio + increase) }));
  const start = before.criticalIllnessBurden;
  const deductibleExcluded = rule.deductibleCounts === false ? true : undefined;
  const portions: Portion[] = splitOverBands(start, base, segments, threshold);
  const steps: Step[] = [];
  let uncapped = 0;
  let place = Math.max(start, threshold);
  for (const portion of portions) {
    const paid = roundWhole(segmentedTotal(segments, threshold, place + portion.length)) - roundWhole(segmentedTotal(segments, threshold, place));
    place += portion.length;
    uncapped += paid;
    steps.push({
      rule: "critical_illness",
      base: portion.length,
      amount: paid,
      ratio: portion.ratio,
      threshold,
      segmentFrom: portion.bandFrom ?? threshold,
      segmentUpTo: portion.bandUpTo ?? null,
      lowIncome,
      deductibleExcluded,
      ...provenance(entry),
    });
  }
  if (steps.length === 0) {
    // Below the threshold: one step that says so.
    const ratio = segments[0]?.ratio ?? 0;
    steps.push({ rule: "critical_illness", base, amount: 0, ratio, threshold, segmentFrom: threshold, segmentUpTo: null, lowIncome, deductibleExcluded, ...provenance(entry) });
  }
  const capRemaining = lowIncome && low.noCap ? null : remainingOf(rule.annualCap, before.criticalIllnessPaid);
  const amount = cut(uncapped, capRemaining);
  if (amount < uncapped && capRemaining !== null) {
    steps.push({ rule: "critical_illness_cap", base: uncapped, amount, capRemaining, ...provenance(entry) });
  }
  return { amount, steps };
}

function sumPaid(paid: Accumulators["assistancePaid"], kinds?: ReadonlyArray<VisitKind>): Fen {
  let total = 0;
  for (const [kind, amount] of Object.entries(paid) as [VisitKind, Fen | undefined][]) {
    if (amount !== undefined && (!kinds || kinds.includes(kind))) total += amount;
  }
  return total;
}

interface Tier {
  threshold: Fen;
  ratio: BasisPoints;
}

/**
 * The running totals (fen, exact) each tier has paid at a year-to-date burden
 * x: tier 1 pays its ratio of x above its threshold; each further tier pays its
 * ratio of what the tiers before it left, above its own threshold.
 */
function tierTotals(tiers: ReadonlyArray<Tier>, x: Fen): Fraction[] {
  const totals: Fraction[] = [];
  let left = fraction(x);
  for (const tier of tiers) {
    const above = max(fraction(0), sub(left, fraction(tier.threshold)));
    const paid: Fraction = { n: above.n * BigInt(tier.ratio), d: above.d * 10_000n };
    totals.push(paid);
    left = sub(left, paid);
  }
  return totals;
}

function sumAll(values: ReadonlyArray<Fraction>): Fraction {
  return values.reduce((sum, value) => add(sum, value), fraction(0));
}

function tiersOf(terms: AssistanceTerms): Tier[] {
  return [{ threshold: terms.threshold, ratio: terms.ratio }, ...(terms.further ?? [])];
}

/** 医疗救助: by the group's tiers, on the year's remaining burden, within annual limits. */
export function assistancePayment(entry: Dated<AssistanceRule> | undefined, person: Person, visitKind: VisitKind, base: Fen, before: Accumulators): SupplementaryPayment {
  const rule = entry?.value;
  if (!entry || !rule || person.assistance === "none" || !rule.visitKinds.includes(visitKind)) return NOTHING;
  const terms = rule.groups[person.assistance];
  if (!terms) return NOTHING;
  let limitRemaining = remainingOf(rule.annualLimit, sumPaid(before.assistancePaid));
  for (const limit of rule.limitsByVisitKind ?? []) {
    if (!limit.visitKinds.includes(visitKind)) continue;
    const left = Math.max(0, limit.limit - sumPaid(before.assistancePaid, limit.visitKinds));
    limitRemaining = limitRemaining === null ? left : Math.min(limitRemaining, left);
  }
  const tiers = tiersOf(terms);
  const start = before.assistanceBurden;
  const atStart = tierTotals(tiers, start);
  const atEnd = tierTotals(tiers, start + base);
  // The total is rounded once; each tier's own running total gives its share, and
  // the last tiers take up the difference so the steps add up to the total.
  const total = roundFen(sumAll(atEnd)) - roundFen(sumAll(atStart));
  const amounts = tiers.map((_, i) => roundFen(atEnd[i] as Fraction) - roundFen(atStart[i] as Fraction));
  let difference = total - amounts.reduce((sum, amount) => sum + amount, 0);
  for (let i = amounts.length - 1; i >= 0 && difference !== 0; i--) {
    const change = difference > 0 ? difference : Math.max(difference, -(amounts[i] ?? 0));
    amounts[i] = (amounts[i] ?? 0) + change;
    difference -= change;
  }
  // The limit cuts the last tiers first.
  let allowed = cut(total, limitRemaining);
  const paidPerTier = amounts.map((amount) => {
    const paid = Math.min(amount, allowed);
    allowed -= paid;
    return paid;
  });
  const amount = paidPerTier.reduce((sum, paid) => sum + paid, 0);
  const steps: Step[] = tiers.map((tier, index) => {
    const eligible = index === 0 ? Math.max(0, start + base - Math.max(start, tier.threshold)) : tierBase(tiers, index, start, base);
    return {
      rule: "medical_assistance",
      base: eligible,
      amount: paidPerTier[index] ?? 0,
      group: person.assistance as Exclude<Person["assistance"], "none">,
      ratio: tier.ratio,
      threshold: tier.threshold,
      limitRemaining,
      tier: tiers.length > 1 ? index + 1 : undefined,
      ...provenance(entry),
    };
  });
  return { amount, steps };
}

/** What a further tier measures in this bill: the growth of what earlier tiers left above its threshold. */
function tierBase(tiers: ReadonlyArray<Tier>, index: number, start: Fen, base: Fen): Fen {
  const leftAt = (x: Fen) => {
    let left = fraction(x);
    for (const [i, total] of tierTotals(tiers.slice(0, index), x).entries()) {
      if (i < index) left = sub(left, total);
    }
    return max(fraction(0), sub(left, fraction(tiers[index]?.threshold ?? 0)));
  };
  return roundFen(leftAt(start + base)) - roundFen(leftAt(start));
}

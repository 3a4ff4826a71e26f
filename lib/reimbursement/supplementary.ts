/**
 * Payments after the basic fund: employees' large-amount benefit (hifob_pay),
 * residents' critical illness insurance (hifmi_pay, policy-facts §1.5) and
 * medical assistance (maf_pay, §1.6).
 */
import { type Portion, splitOverBands } from "./bands";
import { type Dated, provenance } from "./dated";
import { type Fen, mulRatio } from "./money";
import type { AssistanceRule, CriticalIllnessRule, LargeAmountRule } from "./policy-schema";
import { bucketMatches } from "./policy-version";
import type { Accumulators, Person, Step } from "./types";
import type { VisitKind } from "./vocabulary";

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

/** 职工大额医疗补助: a ratio of the policy-scope amount above the basic cap. */
export function largeAmountPayment(entry: Dated<LargeAmountRule> | undefined, person: Person, bucket: string, aboveCap: Fen, before: Accumulators): SupplementaryPayment {
  const rule = entry?.value;
  if (!entry || !rule || !rule.insurance.includes(person.insurance) || !rule.buckets.some((pattern) => bucketMatches(pattern, bucket))) return NOTHING;
  const capRemaining = remainingOf(rule.annualCap, before.largeAmountPaid);
  const amount = cut(mulRatio(aboveCap, rule.ratio), capRemaining);
  return { amount, steps: [{ rule: "large_amount", base: aboveCap, amount, ratio: rule.ratio, capRemaining, ...provenance(entry) }] };
}

/**
 * 大病保险: segments on the year's cumulative policy-scope burden above a
 * threshold; for low-income groups the threshold is lowered, the ratios raised
 * and the cap may be lifted (national guidance, policy-facts §1.5).
 */
export function criticalIllnessPayment(
  entry: Dated<CriticalIllnessRule> | undefined,
  person: Person,
  visitKind: VisitKind,
  burden: Fen,
  before: Accumulators,
): SupplementaryPayment {
  const rule = entry?.value;
  if (!entry || !rule || !rule.insurance.includes(person.insurance) || !rule.visitKinds.includes(visitKind)) return NOTHING;
  const low = rule.lowIncome;
  const lowIncome = low !== undefined && person.assistance !== "none" && low.groups.includes(person.assistance);
  const threshold = lowIncome ? mulRatio(rule.threshold, low.thresholdFactor) : rule.threshold;
  const increase = lowIncome ? low.ratioIncrease : 0;
  const segments = rule.segments.map((segment) => ({ upTo: segment.upTo, ratio: Math.min(FULL_RATIO, segment.ratio + increase) }));
  const portions: Portion[] = splitOverBands(before.criticalIllnessBurden, burden, segments, threshold);
  const steps: Step[] = [];
  let uncapped = 0;
  for (const portion of portions) {
    const paid = mulRatio(portion.length, portion.ratio);
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
      ...provenance(entry),
    });
  }
  if (steps.length === 0) {
    // Below the threshold: one step that says so.
    const ratio = segments[0]?.ratio ?? 0;
    steps.push({ rule: "critical_illness", base: burden, amount: 0, ratio, threshold, segmentFrom: threshold, segmentUpTo: null, lowIncome, ...provenance(entry) });
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

/** 医疗救助: the group's ratio of the remaining burden above its threshold, within annual limits. */
export function assistancePayment(entry: Dated<AssistanceRule> | undefined, person: Person, visitKind: VisitKind, base: Fen, before: Accumulators): SupplementaryPayment {
  const rule = entry?.value;
  if (!entry || !rule || person.assistance === "none" || !rule.visitKinds.includes(visitKind)) return NOTHING;
  const terms = rule.groups[person.assistance];
  if (!terms) return NOTHING;
  const start = before.assistanceBurden;
  const eligible = Math.max(0, start + base - Math.max(start, terms.threshold));
  let limitRemaining = remainingOf(rule.annualLimit, sumPaid(before.assistancePaid));
  for (const limit of rule.limitsByVisitKind ?? []) {
    if (!limit.visitKinds.includes(visitKind)) continue;
    const left = Math.max(0, limit.limit - sumPaid(before.assistancePaid, limit.visitKinds));
    limitRemaining = limitRemaining === null ? left : Math.min(limitRemaining, left);
  }
  const amount = cut(mulRatio(eligible, terms.ratio), limitRemaining);
  return {
    amount,
    steps: [
      {
        rule: "medical_assistance",
        base: eligible,
        amount,
        group: person.assistance,
        ratio: terms.ratio,
        threshold: terms.threshold,
        limitRemaining,
        ...provenance(entry),
      },
    ],
  };
}

/**
 * Where the person stands this year with the payments after the basic fund: residents' critical
 * illness insurance (大病保险), employees' large-amount benefit (大额医疗补助) and medical
 * assistance (医疗救助). Pure: figures from the accumulators, rules from the policy version.
 */
import type { SupplementaryRuleFacts } from "@/lib/i18n";
import { type Accumulators, type AssistanceStatus, type Fen, type Insurance, type PolicyVersion, criticalIllnessRuleFor, mulRatio } from "@/lib/reimbursement";

export interface SupplementaryStatus {
  criticalIllness: null | {
    /** Policy-scope burden counted this year. */
    burdenFen: Fen;
    thresholdFen: Fen;
    /** Burden still to go before it pays. */
    toThresholdFen: Fen;
    paidFen: Fen;
    capFen: Fen | null;
    lowIncome: boolean;
    /** The rule's figures, for its words (lib/i18n supplementaryRuleText). */
    rule: SupplementaryRuleFacts;
    source: string;
    unverified: boolean;
  };
  largeAmount: null | { paidFen: Fen; capFen: Fen | null; remainingFen: Fen | null; rule: SupplementaryRuleFacts; source: string; unverified: boolean };
  assistance: null | { group: Exclude<AssistanceStatus, "none">; paidFen: Fen; limitFen: Fen | null; remainingFen: Fen | null; rule: SupplementaryRuleFacts; source: string; unverified: boolean };
}

export interface SupplementarySubject {
  insurance: Insurance;
  assistance: AssistanceStatus;
}

export function supplementaryStatus(version: PolicyVersion | undefined, subject: SupplementarySubject | null, acc: Accumulators): SupplementaryStatus {
  const status: SupplementaryStatus = { criticalIllness: null, largeAmount: null, assistance: null };
  if (!version || !subject) return status;

  const critical = criticalIllnessRuleFor(version.criticalIllness, subject.insurance);
  if (critical) {
    const rule = critical.value;
    const low = rule.lowIncome;
    const lowIncome = low !== undefined && subject.assistance !== "none" && low.groups.includes(subject.assistance);
    const thresholdFen = lowIncome ? mulRatio(rule.threshold, low.thresholdFactor) : rule.threshold;
    const increase = lowIncome ? low.ratioIncrease : 0;
    const ratiosBp = rule.segments.map((s) => Math.min(10_000, s.ratio + increase));
    const capFen = lowIncome && low.noCap ? null : rule.annualCap;
    status.criticalIllness = {
      burdenFen: acc.criticalIllnessBurden,
      thresholdFen,
      toThresholdFen: Math.max(0, thresholdFen - acc.criticalIllnessBurden),
      paidFen: acc.criticalIllnessPaid,
      capFen,
      lowIncome,
      rule: { kind: "critical_illness", thresholdFen, ratiosBp, capFen },
      source: critical.source,
      unverified: critical.unverified === true,
    };
  }

  const large = version.largeAmount;
  if (large && large.value.insurance.includes(subject.insurance)) {
    const capFen = large.value.annualCap;
    status.largeAmount = {
      paidFen: acc.largeAmountPaid,
      capFen,
      remainingFen: capFen === null ? null : Math.max(0, capFen - acc.largeAmountPaid),
      rule: { kind: "large_amount", ratioBp: large.value.ratio, capFen },
      source: large.source,
      unverified: large.unverified === true,
    };
  }

  const assistance = version.assistance;
  const group = subject.assistance;
  const terms = group !== "none" ? assistance?.value.groups[group] : undefined;
  if (assistance && group !== "none" && terms) {
    const paidFen = Object.values(acc.assistancePaid).reduce((sum, v) => sum + (v ?? 0), 0);
    const limitFen = assistance.value.annualLimit;
    status.assistance = {
      group,
      paidFen,
      limitFen,
      remainingFen: limitFen === null ? null : Math.max(0, limitFen - paidFen),
      rule: { kind: "assistance", ratioBp: terms.ratio, thresholdFen: terms.threshold, limitFen },
      source: assistance.source,
      unverified: assistance.unverified === true,
    };
  }
  return status;
}

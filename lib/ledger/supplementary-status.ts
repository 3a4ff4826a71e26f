/**
 * Where the person stands this year with the payments after the basic fund: residents' critical
 * illness insurance (大病保险), employees' large-amount benefit (大额医疗补助) and medical
 * assistance (医疗救助). Pure: figures from the accumulators, rules from the policy version.
 */
import { format } from "@/lib/i18n/locales";
import { ledger } from "@/lib/i18n/messages/ledger";
import { type Accumulators, type AssistanceStatus, type Fen, type Insurance, type PolicyVersion, criticalIllnessRuleFor, mulRatio } from "@/lib/reimbursement";
import { formatPercent } from "@/lib/reimbursement/money";
import { yuanWords } from "./benefit-rules";

type Bilingual = { zh: string; en: string };

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
    rule: Bilingual;
    source: string;
    unverified: boolean;
  };
  largeAmount: null | { paidFen: Fen; capFen: Fen | null; remainingFen: Fen | null; rule: Bilingual; source: string; unverified: boolean };
  assistance: null | { group: Exclude<AssistanceStatus, "none">; paidFen: Fen; limitFen: Fen | null; remainingFen: Fen | null; rule: Bilingual; source: string; unverified: boolean };
}

export interface SupplementarySubject {
  insurance: Insurance;
  assistance: AssistanceStatus;
}

const both = (make: (w: (typeof ledger)["zh"] | (typeof ledger)["en"]) => string): Bilingual => ({ zh: make(ledger.zh), en: make(ledger.en) });

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
    const ratios = rule.segments.map((s) => formatPercent(Math.min(10_000, s.ratio + increase)));
    const capFen = lowIncome && low.noCap ? null : rule.annualCap;
    const ratioText = ratios.length > 1 ? `${ratios[0]}–${ratios[ratios.length - 1]}` : (ratios[0] ?? "");
    status.criticalIllness = {
      burdenFen: acc.criticalIllnessBurden,
      thresholdFen,
      toThresholdFen: Math.max(0, thresholdFen - acc.criticalIllnessBurden),
      paidFen: acc.criticalIllnessPaid,
      capFen,
      lowIncome,
      rule: both((w) => `${format(w.criticalIllness, { threshold: yuanWords(w, thresholdFen), ratios: ratioText })}${w.ruleSeparator}${capFen === null ? w.criticalIllnessNoCap : format(w.criticalIllnessCap, { amount: yuanWords(w, capFen) })}`),
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
      rule: both((w) => format(w.largeAmount, { ratio: formatPercent(large.value.ratio), amount: capFen === null ? w.capNone : yuanWords(w, capFen) })),
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
      rule: both((w) =>
        format(terms.threshold === 0 ? w.assistanceNoThreshold : w.assistance, {
          ratio: formatPercent(terms.ratio),
          threshold: yuanWords(w, terms.threshold),
          amount: limitFen === null ? w.capNone : yuanWords(w, limitFen),
        }),
      ),
      source: assistance.source,
      unverified: assistance.unverified === true,
    };
  }
  return status;
}

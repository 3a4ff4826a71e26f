/**
 * The rules behind the ledger's figures in plain words: lib/ledger hands over the facts (amounts,
 * ratios and levels, from the policy in force), and the words are made here, for one language.
 */
import { formatPercent } from "@/lib/reimbursement/client";
import { formatFen } from "./display";
import { format, type Locale } from "./locales";
import { localize } from "./localize";
import { ledger } from "./messages/ledger";

type Level = 0 | 1 | 2 | 3;
type Words = (typeof ledger)["zh"] | (typeof ledger)["en"];
type Bilingual = { zh: string; en: string };

/** Consecutive facility levels that share a value. */
export interface LevelRun<T> {
  from: Level;
  to: Level;
  value: T;
}

/** A fund ratio: one, or rising in bands with the year's total (its lowest and highest). */
export type RatioFact = { ratioBp: number } | { bandsBp: [number, number] };

/** One benefit's rule for one person, as figures. */
export interface BenefitRuleFacts {
  deductibleBasis: "year" | "month" | "visit" | "admission";
  /** The deductible by facility level (one run when it is the same everywhere). */
  deductibles: LevelRun<number>[];
  /** Later admissions in the year have a lower deductible. */
  laterAdmissionsLower: boolean;
  ratios: LevelRun<RatioFact>[];
  capFen: number | null;
  /** A cap shared with other diseases' buckets. */
  sharedCap: { amountFen: number; label: Bilingual } | null;
  /** Paid only at the chosen clinic (or also at a member of its medical alliance). */
  chosenClinic: null | "only" | "with_alliance";
}

/** What is paid after the basic fund, as figures (the entitlements screen's supplementary rules). */
export type SupplementaryRuleFacts =
  | { kind: "critical_illness"; thresholdFen: number; ratiosBp: number[]; capFen: number | null }
  | { kind: "large_amount"; ratioBp: number; capFen: number | null }
  | { kind: "assistance"; ratioBp: number; thresholdFen: number; limitFen: number | null };

function words(locale: Locale): Words {
  return localize<Words>(locale, ledger.zh, ledger.en);
}

function yuan(w: Words, fen: number): string {
  return format(w.yuan, { amount: formatFen(fen).replace("¥", "") });
}

function levelRange(w: Words, from: Level, to: Level): string {
  if (from === to) return w.levels[from];
  if (from === 0) return format(w.levelsAndBelow, { level: w.levels[to] });
  if (to === 3) return format(w.levelsAndAbove, { level: w.levels[from] });
  return format(w.levelRange, { from: w.levels[from], to: w.levels[to] });
}

function byLevel(w: Words, items: Array<{ from: Level; to: Level; value: string }>): string {
  return items.map((item) => `${levelRange(w, item.from, item.to)} ${item.value}`).join(w.listSeparator);
}

function ratioText(w: Words, ratio: RatioFact): string {
  if ("ratioBp" in ratio) return formatPercent(ratio.ratioBp);
  return format(w.ratioBanded, { from: formatPercent(ratio.bandsBp[0]), to: formatPercent(ratio.bandsBp[1]) });
}

/** A benefit's rule in one sentence: deductible, ratio by level, cap, shared cap, chosen clinic. */
export function benefitRuleText(facts: BenefitRuleFacts, locale: Locale): string {
  const w = words(locale);
  const parts: string[] = [];
  const noDeductible = facts.deductibles.every((d) => d.value === 0);
  if (noDeductible) parts.push(w.deductibleNone);
  else if (facts.deductibles.length === 1) {
    const template = { year: w.deductibleYear, month: w.deductibleMonth, visit: w.deductibleVisit, admission: w.deductibleAdmission }[facts.deductibleBasis];
    parts.push(format(template, { amount: yuan(w, facts.deductibles[0]!.value) }));
  } else {
    parts.push(format(w.deductibleVaries, { amounts: byLevel(w, facts.deductibles.map((d) => ({ ...d, value: yuan(w, d.value) }))) }));
  }
  if (facts.laterAdmissionsLower) parts.push(w.deductibleLaterAdmissions);
  const ratios = facts.ratios.map((r) => ({ ...r, value: ratioText(w, r.value) }));
  if (ratios.length === 1) parts.push(format(noDeductible ? w.ratioOneNoDeductible : w.ratioOne, { ratio: ratios[0]!.value }));
  else if (ratios.length > 1) parts.push(format(noDeductible ? w.ratioByLevelNoDeductible : w.ratioByLevel, { ratios: byLevel(w, ratios) }));
  parts.push(facts.capFen === null ? w.capNone : format(w.capAmount, { amount: yuan(w, facts.capFen) }));
  if (facts.sharedCap) parts.push(format(w.sharedCap, { amount: yuan(w, facts.sharedCap.amountFen), label: localize(locale, facts.sharedCap.label.zh, facts.sharedCap.label.en) }));
  if (facts.chosenClinic) parts.push(facts.chosenClinic === "with_alliance" ? w.chosenClinicWithAlliance : w.chosenClinicOnly);
  return parts.join(w.ruleSeparator);
}

/** A supplementary payment's rule in one sentence. */
export function supplementaryRuleText(facts: SupplementaryRuleFacts, locale: Locale): string {
  const w = words(locale);
  if (facts.kind === "critical_illness") {
    const ratios = facts.ratiosBp.map(formatPercent);
    const ratioText = ratios.length > 1 ? `${ratios[0]}–${ratios[ratios.length - 1]}` : (ratios[0] ?? "");
    return `${format(w.criticalIllness, { threshold: yuan(w, facts.thresholdFen), ratios: ratioText })}${w.ruleSeparator}${facts.capFen === null ? w.criticalIllnessNoCap : format(w.criticalIllnessCap, { amount: yuan(w, facts.capFen) })}`;
  }
  if (facts.kind === "large_amount") {
    return format(w.largeAmount, { ratio: formatPercent(facts.ratioBp), amount: facts.capFen === null ? w.capNone : yuan(w, facts.capFen) });
  }
  return format(facts.thresholdFen === 0 ? w.assistanceNoThreshold : w.assistance, {
    ratio: formatPercent(facts.ratioBp),
    threshold: yuan(w, facts.thresholdFen),
    amount: facts.limitFen === null ? w.capNone : yuan(w, facts.limitFen),
  });
}

/** A per-disease bucket's label: "普通门诊·糖尿病". */
export function diseaseBucketLabel(benefit: Bilingual, disease: Bilingual, locale: Locale): string {
  return format(words(locale).diseaseBucket, { benefit: localize(locale, benefit.zh, benefit.en), disease: localize(locale, disease.zh, disease.en) });
}

/** A benefit bucket's name: the benefit's, with the disease for a per-disease bucket. */
export function bucketLabel(bucket: { label: Bilingual; diseaseLabel: Bilingual | null }, locale: Locale): string {
  return bucket.diseaseLabel ? diseaseBucketLabel(bucket.label, bucket.diseaseLabel, locale) : localize(locale, bucket.label.zh, bucket.label.en);
}

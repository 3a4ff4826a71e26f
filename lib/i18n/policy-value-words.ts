/**
 * A policy value in plain words, for the policy sources page: the provenance lists each value as
 * the policy writes it (yuan, ratios as fractions, rows with conditions), and this turns it into
 * short lines a person can read — "在职职工，二级机构：75%". A value of a shape not described here
 * says "see the source document" rather than showing its data.
 */
import { CLOSE_RELATIVES, formatPercent, parseRatio, parseYuan, type ProvenanceEntry } from "@/lib/reimbursement";
import type { Messages } from "./catalogue";
import { formatFen } from "./display";
import { format, type Locale } from "./locales";

type Words = Messages["policySources"];
type Family = Messages["family"];
type Row = { when?: Condition; [key: string]: unknown };
type Condition = { personTypes?: string[]; facilityLevels?: number[]; minAge?: number; maxAge?: number; crossRegion?: string[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function yuan(value: unknown): string {
  const parsed = typeof value === "number" || typeof value === "string" ? parseYuan(value) : null;
  return parsed?.ok ? formatFen(parsed.value) : "—";
}

function percent(value: unknown): string {
  const parsed = typeof value === "number" || typeof value === "string" ? parseRatio(value) : null;
  return parsed?.ok ? formatPercent(parsed.value) : "—";
}

/** Percentage points: 0.1 → "10". */
function points(value: unknown): string {
  return percent(value).replace("%", "");
}

function pickWord<T extends Record<string, string>>(words: T, key: unknown): string {
  return typeof key === "string" && key in words ? words[key as keyof T]! : String(key);
}

function conditionText(when: Condition | undefined, w: Words): string {
  if (!when) return w.everyone;
  const parts = [
    ...(when.personTypes ?? []).map((type) => pickWord(w.personTypes, type)),
    ...(when.facilityLevels ?? []).map((level) => w.levels[level as 0 | 1 | 2 | 3] ?? String(level)),
    ...(when.minAge === undefined ? [] : [format(w.ageFrom, { age: when.minAge })]),
    ...(when.maxAge === undefined ? [] : [format(w.ageTo, { age: when.maxAge })]),
    ...(when.crossRegion ?? []).map((situation) => pickWord(w.crossRegion, situation)),
  ];
  return parts.length === 0 ? w.everyone : parts.join(w.conditionsJoin);
}

/** Rows with conditions: one line each, or just the value when a single row applies to everyone. */
function rows(list: unknown, w: Words, value: (row: Row) => string): string[] {
  if (!Array.isArray(list)) return [w.described];
  const typed = list as Row[];
  if (typed.length === 1 && !typed[0]!.when) return [value(typed[0]!)];
  return typed.map((row) => format(w.when, { conditions: conditionText(row.when, w), value: value(row) }));
}

function bands(list: unknown, w: Words): string {
  if (!Array.isArray(list)) return w.described;
  let from = "¥0.00";
  return (list as Array<{ upTo: unknown; ratio: unknown }>)
    .map((band) => {
      const text = band.upTo === null
        ? format(w.bandOpen, { from, ratio: percent(band.ratio) })
        : format(w.band, { from, to: yuan(band.upTo), ratio: percent(band.ratio) });
      if (band.upTo !== null) from = yuan(band.upTo);
      return text;
    })
    .join(w.conditionsJoin);
}

function deductible(value: Record<string, unknown>, w: Words): string[] {
  const basis = pickWord(w.basis, value.basis);
  const lines = rows(value.amounts, w, (row) => format(w.deductible, { basis, amount: yuan(row.amount) }));
  if (value.appliesTo === "fund_payment") lines.push(w.deductibleFromFund);
  const schedule = value.admissionSchedule;
  if (isObject(schedule) && schedule.kind === "factors" && Array.isArray(schedule.factors)) {
    const factors = schedule.factors.map(percent).join(w.conditionsJoin);
    lines.push([format(w.laterAdmissionFactors, { factors }), ...(schedule.floor === undefined ? [] : [format(w.laterAdmissionFloor, { amount: yuan(schedule.floor) })])].join(w.conditionsJoin));
  } else if (isObject(schedule) && schedule.kind === "reduction") {
    lines.push(format(w.laterAdmissionReduction, { ratio: percent(schedule.each), amount: yuan(schedule.floor) }));
  }
  if (value.onReferral === "pay_difference") lines.push(w.referralPayDifference);
  if (value.onReferral === "charge_again") lines.push(w.referralChargeAgain);
  return lines;
}

function ratio(value: Record<string, unknown>, w: Words): string[] {
  return rows(value.rows, w, (row) => {
    if (row.bands === undefined) return percent(row.ratio);
    const suffix = (row.bandsOn === "fund_paid" ? w.bandsOnFund : "") + (row.bandBasis === "admission" ? w.bandsPerAdmission : "");
    return bands(row.bands, w) + suffix;
  });
}

const cap = (amount: unknown, w: Words) => (amount === null ? w.noCap : format(w.cap, { amount: yuan(amount) }));

function crossRegion(value: Record<string, unknown>, w: Words): string[] {
  return (["filed", "unfiled_referral", "unfiled_other"] as const).flatMap((situation) => {
    const adjustment = value[situation];
    if (!isObject(adjustment)) return [];
    const parts = [
      ...(Number(adjustment.ratioReduction) > 0 ? [format(w.ratioReduction, { points: points(adjustment.ratioReduction) })] : []),
      ...(Number(adjustment.deductibleIncrease) > 0 ? [format(w.deductibleIncrease, { ratio: percent(adjustment.deductibleIncrease) })] : []),
      ...(Number(adjustment.firstSelfPay) > 0 ? [format(w.firstSelfPay, { ratio: percent(adjustment.firstSelfPay) })] : []),
    ];
    return [format(w.crossRegionRow, { situation: w.crossRegion[situation], adjustments: parts.length === 0 ? w.noAdjustment : parts.join(w.conditionsJoin) })];
  });
}

function personalAccount(value: Record<string, unknown>, w: Words): string[] {
  return [
    value.paysFullOwnPay ? w.accountFullOwnPay : w.accountNotFullOwnPay,
    value.paysOverLimit ? w.accountOverLimit : w.accountNotOverLimit,
    value.familyMutualAid ? w.accountMutualAid : w.accountNoMutualAid,
  ];
}

function criticalIllness(value: unknown, w: Words): string[] {
  const rules = Array.isArray(value) ? value : [value];
  return rules.filter(isObject).flatMap((rule) => {
    const lines = [format(w.criticalIllness, { threshold: yuan(rule.threshold), segments: bands(rule.segments, w), cap: cap(rule.annualCap, w) })];
    if (rule.deductibleCounts === false) lines.push(w.criticalIllnessDeductibleExcluded);
    const low = rule.lowIncome;
    if (isObject(low) && Array.isArray(low.groups)) {
      const groups = low.groups.map((group) => pickWord(w.groups, group)).join(w.conditionsJoin);
      const text = format(w.criticalIllnessLowIncome, { groups, factor: percent(low.thresholdFactor), points: points(low.ratioIncrease) });
      lines.push(low.noCap ? `${text}${w.conditionsJoin}${w.criticalIllnessLowIncomeNoCap}` : text);
    }
    return lines;
  });
}

function assistance(value: Record<string, unknown>, w: Words): string[] {
  const groups = isObject(value.groups) ? value.groups : {};
  const lines = Object.entries(groups).filter(([, terms]) => isObject(terms)).map(([group, terms]) => {
    const t = terms as Record<string, unknown>;
    const first = format(w.assistanceGroup, { group: pickWord(w.groups, group), threshold: yuan(t.threshold), ratio: percent(t.ratio) });
    const further = Array.isArray(t.further)
      ? (t.further as Array<Record<string, unknown>>).map((tier) => format(w.assistanceFurther, { threshold: yuan(tier.threshold), ratio: percent(tier.ratio) }))
      : [];
    return [first, ...further].join(w.conditionsJoin);
  });
  lines.push(value.annualLimit === null ? w.assistanceNoLimit : format(w.assistanceLimit, { amount: yuan(value.annualLimit) }));
  for (const limit of Array.isArray(value.limitsByVisitKind) ? (value.limitsByVisitKind as Array<Record<string, unknown>>) : []) {
    const kinds = Array.isArray(limit.visitKinds) ? limit.visitKinds.map((kind) => pickWord(w.visitKinds, kind)).join(w.conditionsJoin) : "";
    lines.push(format(w.assistanceVisitLimit, { kinds, amount: yuan(limit.limit) }));
  }
  return lines;
}

function chosenClinic(value: Record<string, unknown>, w: Words): string[] {
  if (!value.required) return [w.chosenClinicNotRequired];
  return [w.chosenClinicRequired, ...(value.allianceCounts ? [w.allianceCounts] : []), ...(value.referralCounts ? [w.referralCounts] : [])];
}

type Relative = (typeof CLOSE_RELATIVES)[number];

function relations(value: unknown[], family: Family, locale: Locale): string {
  return value
    .filter((relation): relation is Relative => CLOSE_RELATIVES.includes(relation as Relative))
    .map((relation) => family.relations[relation].any)
    .join(locale === "en" ? ", " : "、");
}

/** One provenance entry's value as lines of plain words in the page's language. */
export function policyValueLines(entry: Pick<ProvenanceEntry, "path" | "value">, w: Words, family: Family, locale: Locale): string[] {
  const { path, value } = entry;
  const field = path.split(".").at(-1);
  if (path === "classBSelfPayShare") return [percent(value)];
  // An informative fact is written "中文; English" by the policy.
  if (path.startsWith("informative.") && typeof value === "string") {
    const [zhText, enText] = value.split("; ");
    return [locale === "en" ? enText ?? value : zhText ?? value];
  }
  if (path === "familyMutualAid.relations" && Array.isArray(value)) return [relations(value, family, locale)];
  if (path === "settledItems" && Array.isArray(value)) return settledItems(value, w, locale);
  if (path === "criticalIllness") return criticalIllness(value, w);
  if (!isObject(value)) return [w.described];
  if (path.startsWith("benefits.") && field === "deductible") return deductible(value, w);
  if (path.startsWith("benefits.") && field === "ratio") return ratio(value, w);
  if ((path.startsWith("benefits.") && field === "cap") || path.startsWith("sharedCaps.")) return rows(value.rows, w, (row) => cap(row.amount, w));
  if (path.startsWith("benefits.") && field === "chosenClinic") return chosenClinic(value, w);
  if (path === "crossRegion") return crossRegion(value, w);
  if (path === "personalAccount") return personalAccount(value, w);
  if (path === "largeAmount") return [format(w.largeAmount, { ratio: percent(value.ratio), cap: cap(value.annualCap, w) })];
  if (path === "assistance") return assistance(value, w);
  return [w.described];
}

function settledItems(items: unknown[], w: Words, locale: Locale): string[] {
  return items.filter(isObject).map((item) => {
    const label = isObject(item.label) ? String(locale === "en" ? item.label.en : item.label.zh) : "";
    return format(w.settledItem, { label, share: percent(item.personalShare) });
  });
}

/**
 * The document a policy value's source names, as a person would look it up: its Chinese title
 * (and number and date), without the maintainers' English glosses and remarks written beside it.
 * Null when the source names no document (a relayed report written only in English).
 */
export function sourceDocumentTitle(source: string): string | null {
  let text = source.replace(/\s*\([^()]*[A-Za-z][^()]*\)/g, "").replace(/（[^（）]*[A-Za-z][^（）]*）/g, "");
  text = text.split(/;\s/)[0] ?? "";
  const latin = text.search(/[A-Za-z]/);
  if (latin >= 0) text = text.slice(0, latin);
  text = text.replace(/[\s:：;,，(（]+$/u, "").trim();
  return /\p{Script=Han}/u.test(text) ? text : null;
}

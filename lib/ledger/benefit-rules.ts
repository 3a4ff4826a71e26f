/**
 * What a benefit's rules are for one person, in figures and in plain words: the deductible, the
 * fund's ratio by facility level, the annual cap and the chosen-clinic condition, as in force on
 * a day. Pure (no database): the entitlements screen and its JSON are built from this.
 */
import { ledger } from "@/lib/i18n/messages/ledger";
import { format } from "@/lib/i18n/locales";
import { formatFen } from "@/lib/i18n/display";
import { type DeductibleBasis, FACILITY_LEVELS, type FacilityLevel, type Fen, type PersonType, type PolicyVersion } from "@/lib/reimbursement";
import { formatPercent } from "@/lib/reimbursement/money";
import { type BenefitVersion, bucketMatches } from "@/lib/reimbursement/policy-version";
import { matchRow, type RowContext } from "@/lib/reimbursement/rows";

type Words = (typeof ledger)["zh"] | (typeof ledger)["en"];
type Bilingual = { zh: string; en: string };

export interface BenefitRule {
  /** Deductible per year, visit or admission; null when it differs by facility level. */
  deductible: { basis: DeductibleBasis; amountFen: Fen | null };
  /** Annual cap of the bucket; null when there is none. */
  capFen: Fen | null;
  /** A cap the bucket shares with others (e.g. common chronic diseases together). */
  sharedCap: SharedCapRule | null;
  words: Bilingual;
  source: string;
  unverified: boolean;
}

export interface SharedCapRule {
  id: string;
  amount: Fen;
  label: Bilingual;
  /** Whether a bucket counts towards this cap. */
  covers: (bucket: string) => boolean;
}

export interface RuleSubject {
  personType: PersonType;
  age: number | undefined;
}

function contexts(subject: RuleSubject): Array<[FacilityLevel, RowContext]> {
  return FACILITY_LEVELS.map((facilityLevel) => [facilityLevel, { personType: subject.personType, facilityLevel, age: subject.age, crossRegion: "none" }]);
}

/** Consecutive levels with the same value, e.g. [[0,1,"85%"],[2,3,"75%"]]. */
function runs<T>(values: Array<[FacilityLevel, T | undefined]>, same: (a: T, b: T) => boolean): Array<{ from: FacilityLevel; to: FacilityLevel; value: T }> {
  const out: Array<{ from: FacilityLevel; to: FacilityLevel; value: T }> = [];
  for (const [level, value] of values) {
    if (value === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.to === level - 1 && same(last.value, value)) last.to = level;
    else out.push({ from: level, to: level, value });
  }
  return out;
}

function levelRange(w: Words, from: FacilityLevel, to: FacilityLevel): string {
  if (from === to) return w.levels[from];
  if (from === 0) return format(w.levelsAndBelow, { level: w.levels[to] });
  if (to === 3) return format(w.levelsAndAbove, { level: w.levels[from] });
  return format(w.levelRange, { from: w.levels[from], to: w.levels[to] });
}

export function yuanWords(w: Words, fen: Fen): string {
  return format(w.yuan, { amount: formatFen(fen).replace("¥", "") });
}

function byLevel(w: Words, items: Array<{ from: FacilityLevel; to: FacilityLevel; value: string }>): string {
  return items.map((item) => `${levelRange(w, item.from, item.to)} ${item.value}`).join(w.listSeparator);
}

type RatioRow = NonNullable<ReturnType<typeof matchRow<BenefitVersion["ratio"]["value"]["rows"][number]>>>;

function ratioText(w: Words, row: RatioRow): string {
  if (row.ratio !== undefined) return formatPercent(row.ratio);
  const ratios = (row.bands ?? []).map((band) => band.ratio);
  return format(w.ratioBanded, { from: formatPercent(Math.min(...ratios)), to: formatPercent(Math.max(...ratios)) });
}

function describe(w: Words, candidate: BenefitVersion, subject: RuleSubject, sharedCap: { amount: Fen; label: Bilingual } | null, locale: "zh" | "en"): string {
  const levels = contexts(subject);
  const parts: string[] = [];
  const rule = candidate.deductible.value;
  const deductibles = runs(levels.map(([level, context]) => [level, matchRow(rule.amounts, context)?.amount]), (a, b) => a === b);
  if (deductibles.every((d) => d.value === 0)) {
    parts.push(w.deductibleNone);
  } else if (deductibles.length === 1) {
    const template = rule.basis === "year" ? w.deductibleYear : rule.basis === "month" ? w.deductibleMonth : rule.basis === "visit" ? w.deductibleVisit : w.deductibleAdmission;
    parts.push(format(template, { amount: yuanWords(w, deductibles[0]!.value) }));
  } else {
    parts.push(format(w.deductibleVaries, { amounts: byLevel(w, deductibles.map((d) => ({ ...d, value: yuanWords(w, d.value) }))) }));
  }
  if (rule.basis === "admission" && rule.admissionSchedule) parts.push(w.deductibleLaterAdmissions);

  const ratios = runs(
    levels.map(([level, context]) => {
      const row = matchRow(candidate.ratio.value.rows, context);
      return [level, row ? ratioText(w, row) : undefined];
    }),
    (a, b) => a === b,
  );
  const noDeductible = deductibles.every((d) => d.value === 0);
  if (ratios.length === 1) parts.push(format(noDeductible ? w.ratioOneNoDeductible : w.ratioOne, { ratio: ratios[0]!.value }));
  else if (ratios.length > 1) parts.push(format(noDeductible ? w.ratioByLevelNoDeductible : w.ratioByLevel, { ratios: byLevel(w, ratios) }));

  const cap = matchRow(candidate.cap.value.rows, levels[1]![1]);
  parts.push(cap?.amount == null ? w.capNone : format(w.capAmount, { amount: yuanWords(w, cap.amount) }));
  if (sharedCap) parts.push(format(w.sharedCap, { amount: yuanWords(w, sharedCap.amount), label: sharedCap.label[locale] }));
  const clinic = candidate.chosenClinic?.value;
  if (clinic?.required) parts.push(clinic.allianceCounts ? w.chosenClinicWithAlliance : w.chosenClinicOnly);
  return parts.join(w.ruleSeparator);
}

/** The shared cap a bucket falls under, if any (the smallest when several apply). */
export function sharedCapOf(version: PolicyVersion, bucket: string, subject: RuleSubject): SharedCapRule | null {
  let found: SharedCapRule | null = null;
  for (const { sharedCap, cap } of version.sharedCaps) {
    const covers = (b: string) => sharedCap.buckets.some((pattern) => bucketMatches(pattern, b));
    const row = covers(bucket) ? matchRow(cap.value.rows, contexts(subject)[1]![1]) : undefined;
    if (row?.amount != null && (found === null || row.amount < found.amount)) found = { id: sharedCap.id, amount: row.amount, label: sharedCap.label, covers };
  }
  return found;
}

/** The rule of one benefit for one person, in figures and in both languages. */
export function benefitRule(version: PolicyVersion, candidate: BenefitVersion, bucket: string, subject: RuleSubject): BenefitRule {
  const level1 = contexts(subject)[1]![1];
  const amounts = new Set(contexts(subject).map(([, context]) => matchRow(candidate.deductible.value.amounts, context)?.amount));
  const only = amounts.size === 1 ? [...amounts][0] : undefined;
  const shared = sharedCapOf(version, bucket, subject);
  const entries = [candidate.deductible, candidate.ratio, candidate.cap, ...(candidate.chosenClinic ? [candidate.chosenClinic] : [])];
  return {
    deductible: { basis: candidate.deductible.value.basis, amountFen: only ?? null },
    capFen: matchRow(candidate.cap.value.rows, level1)?.amount ?? null,
    sharedCap: shared,
    words: { zh: describe(ledger.zh, candidate, subject, shared, "zh"), en: describe(ledger.en, candidate, subject, shared, "en") },
    source: [...new Set(entries.map((entry) => entry.source))].join("；"),
    unverified: entries.some((entry) => entry.unverified === true),
  };
}

/**
 * What a benefit's rules are for one person, as figures: the deductible, the fund's ratio by
 * facility level, the annual cap and the chosen-clinic condition, as in force on a day. Pure (no
 * database). The words for them are lib/i18n's (benefitRuleText).
 */
import type { BenefitRuleFacts, RatioFact } from "@/lib/i18n";
import { type DeductibleBasis, FACILITY_LEVELS, type FacilityLevel, type Fen, type PersonType, type PolicyVersion } from "@/lib/reimbursement";
import { type BenefitVersion, bucketMatches } from "@/lib/reimbursement";
import { matchRow, type RowContext } from "@/lib/reimbursement";

type Bilingual = { zh: string; en: string };

export interface BenefitRule {
  /** Deductible per year, visit or admission; null when it differs by facility level. */
  deductible: { basis: DeductibleBasis; amountFen: Fen | null };
  /** Annual cap of the bucket; null when there is none. */
  capFen: Fen | null;
  /** A cap the bucket shares with others (e.g. common chronic diseases together). */
  sharedCap: SharedCapRule | null;
  /** The rule's figures, for its words (lib/i18n benefitRuleText). */
  facts: BenefitRuleFacts;
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

type RatioRow = NonNullable<ReturnType<typeof matchRow<BenefitVersion["ratio"]["value"]["rows"][number]>>>;

function ratioFact(row: RatioRow): RatioFact {
  if (row.ratio !== undefined) return { ratioBp: row.ratio };
  const ratios = (row.bands ?? []).map((band) => band.ratio);
  return { bandsBp: [Math.min(...ratios), Math.max(...ratios)] };
}

const sameRatio = (a: RatioFact, b: RatioFact) => JSON.stringify(a) === JSON.stringify(b);

function factsOf(candidate: BenefitVersion, subject: RuleSubject, sharedCap: { amount: Fen; label: Bilingual } | null): BenefitRuleFacts {
  const levels = contexts(subject);
  const rule = candidate.deductible.value;
  const cap = matchRow(candidate.cap.value.rows, levels[1]![1]);
  const clinic = candidate.chosenClinic?.value;
  return {
    deductibleBasis: rule.basis,
    deductibles: runs(levels.map(([level, context]) => [level, matchRow(rule.amounts, context)?.amount]), (a, b) => a === b),
    laterAdmissionsLower: rule.basis === "admission" && Boolean(rule.admissionSchedule),
    ratios: runs(
      levels.map(([level, context]) => {
        const row = matchRow(candidate.ratio.value.rows, context);
        return [level, row ? ratioFact(row) : undefined];
      }),
      sameRatio,
    ),
    capFen: cap?.amount ?? null,
    sharedCap: sharedCap ? { amountFen: sharedCap.amount, label: sharedCap.label } : null,
    chosenClinic: clinic?.required ? (clinic.allianceCounts ? "with_alliance" : "only") : null,
  };
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
    facts: factsOf(candidate, subject, shared),
    source: [...new Set(entries.map((entry) => entry.source))].join("；"),
    unverified: entries.some((entry) => entry.unverified === true),
  };
}

/**
 * Pieces shared by the shipped policies: how to mark a value's provenance, and
 * the demo values used where a region's own figure is not in the project's
 * policy facts (docs/policy-schema.md, "Provenance").
 */
import type { PolicyInput } from "../policy-schema";
import type { CrossRegion, PersonType } from "../vocabulary";

type Series<K extends keyof PolicyInput> = NonNullable<PolicyInput[K]>;
type Entry<K extends keyof PolicyInput> = Series<K> extends ReadonlyArray<infer E> ? E : never;

type Levels = readonly [number, number, number];
type RowCondition = { personTypes?: PersonType[]; crossRegion?: CrossRegion[] };

/** Ratio rows for facility levels 0–1, 2 and 3 — the usual shape of a level-differentiated table. */
export function ratiosByLevel([low, middle, high]: Levels, when: RowCondition = {}) {
  return [
    { when: { ...when, facilityLevels: [0, 1] }, ratio: low },
    { when: { ...when, facilityLevels: [2] }, ratio: middle },
    { when: { ...when, facilityLevels: [3] }, ratio: high },
  ] satisfies PolicyInput["benefits"][number]["ratio"][number]["value"]["rows"];
}

/** Deductible rows for facility levels 0–1, 2 and 3. */
export function amountsByLevel([low, middle, high]: Levels) {
  return [
    { when: { facilityLevels: [0, 1] }, amount: low },
    { when: { facilityLevels: [2] }, amount: middle },
    { when: { facilityLevels: [3] }, amount: high },
  ] satisfies PolicyInput["benefits"][number]["deductible"][number]["value"]["amounts"];
}

/** A value that is the project's own demo figure, not a published one. */
export const DEMO_SOURCE = "演示数据 Demo value: no published source for this region in the project's policy facts";

/** Marks a dated value as a demo value. */
export function demo<T>(from: string, value: T, note: string) {
  return { from, value, source: DEMO_SOURCE, unverified: true, note };
}

/** A value published in `source`. */
export function published<T>(from: string, value: T, source: string, note?: string) {
  return note === undefined ? { from, value, source } : { from, value, source, note };
}

/** A value from a relay (secondary) source, not checked against the issuing bureau's text. */
export function relayed<T>(from: string, value: T, source: string, note: string) {
  return { from, value, source, unverified: true, note };
}

/** The national document on cross-region settlement, as policy-facts names it. */
export const CROSS_REGION_GUIDANCE =
  "人力资源社会保障部、财政部、国家卫生计生委：基本医疗保险异地就医结算指导意见问答 (2016; Q&A on the guidance on cross-region settlement of basic medical insurance)";

/**
 * Unfiled cross-region care: −10 points for referral or emergency, −20 for other
 * care — values seen in several regions (policy-facts §1, cross-region). Home
 * ratios for filed care: the national guidance gives them to relocated retirees
 * (异地安置退休人员) filed at their residence; for anyone else filed it is an
 * assumption, so the entry is unverified and shows as such.
 */
export function crossRegionPattern(from: string): Entry<"crossRegion"> {
  return {
    from,
    value: {
      filed: { ratioReduction: 0, deductibleIncrease: 0 },
      unfiled_referral: { ratioReduction: 0.1, deductibleIncrease: 0 },
      unfiled_other: { ratioReduction: 0.2, deductibleIncrease: 0 },
    },
    source: `${CROSS_REGION_GUIDANCE}; reductions as seen in several regions`,
    unverified: true,
    note: "The guidance gives home ratios to relocated retirees filed at their residence (with the residence's catalogues); home ratios for other filed persons are a demo assumption. The −10 / −20 point reductions for unfiled care are values seen elsewhere, not this region's published figures.",
  };
}

/**
 * Medical assistance by group after the Suqian example table (policy-facts
 * §1.6): extreme poverty no threshold 100 %, subsistence no threshold 80 %,
 * near subsistence threshold 3 000 at 70 %; 100 000 a year of which 10 000
 * ordinary outpatient.
 */
export function suqianAssistance(from: string): Entry<"assistance"> {
  return {
    from,
    value: {
      groups: {
        extreme_poverty: { threshold: 0, ratio: 1 },
        subsistence: { threshold: 0, ratio: 0.8 },
        near_subsistence: { threshold: 3000, ratio: 0.7 },
      },
      visitKinds: ["general_outpatient", "chronic_outpatient", "inpatient", "pharmacy"],
      annualLimit: 100000,
      limitsByVisitKind: [{ visitKinds: ["general_outpatient", "pharmacy"], limit: 10000 }],
    },
    source: "宿迁市医疗救助待遇标准（policy-facts §1.6 example table）",
    unverified: true,
    note: "Suqian's published table, used as a demo for this region: its own assistance table is not in the project's sources.",
  };
}

/** Personal account: pays every personal share and a relative's bill (家庭共济). */
export function accountPaysAll(from: string): Entry<"personalAccount"> {
  return demo(from, { paysFullOwnPay: true, paysOverLimit: true, familyMutualAid: true }, "Assumed: the account may pay the whole personal share (as in example SM-4) and a close relative's share through family mutual aid (家庭共济).");
}

/** The chronic and special diseases shipped with the demo regions. */
export const DISEASE_LABELS = {
  hypertension: { zh: "高血压", en: "Hypertension" },
  diabetes: { zh: "糖尿病", en: "Diabetes" },
  coronary_heart_disease: { zh: "冠心病", en: "Coronary heart disease" },
  cancer_radiochemotherapy: { zh: "恶性肿瘤门诊放化疗", en: "Cancer outpatient radiotherapy / chemotherapy" },
  uremia_dialysis: { zh: "尿毒症透析", en: "Uremia dialysis" },
  transplant_antirejection: { zh: "器官移植术后抗排异治疗", en: "Anti-rejection treatment after organ transplant" },
} as const;

export type DiseaseId = keyof typeof DISEASE_LABELS;

export function diseaseLabels(ids: ReadonlyArray<DiseaseId>): Record<string, { zh: string; en: string }> {
  const labels: Record<string, { zh: string; en: string }> = {};
  for (const id of ids) labels[id] = DISEASE_LABELS[id];
  return labels;
}

/** Residents' critical illness insurance in the national shape (policy-facts §1.5), with demo figures. */
export function criticalIllnessDemo(from: string, threshold: number, segments: Array<{ upTo: number | null; ratio: number }>, annualCap: number): Entry<"criticalIllness"> {
  return demo(
    from,
    {
      insurance: ["resident"],
      visitKinds: ["inpatient", "chronic_outpatient"],
      threshold,
      segments,
      annualCap,
      lowIncome: { groups: ["subsistence", "extreme_poverty"], thresholdFactor: 0.5, ratioIncrease: 0.05, noCap: true },
    },
    "National floor (threshold ≤ 50 % of per-capita disposable income, ratio ≥ 60 %; low-income: threshold halved, +5 points, no cap) with demo figures for this region.",
  );
}

/** Employees' large-amount benefit above the inpatient cap, with demo figures. */
export function largeAmountDemo(from: string, ratio: number, annualCap: number): Entry<"largeAmount"> {
  return demo(from, { insurance: ["employee"], buckets: ["inpatient"], ratio, annualCap }, "Employees' supplementary large-amount benefit (大额医疗补助) above the basic inpatient cap; demo figures.");
}

/**
 * The schema of a regional policy (统筹区政策). Every value is dated and sourced
 * (`{ from, value, source }`); amounts are written in yuan and read as fen,
 * ratios are written as fractions (0.75) and read as basis points.
 * docs/policy-schema.md explains each part with examples.
 */
import { z } from "zod";
import { datedSeries, facilityLevelSchema, integer, ratio, yuan } from "./schema-parts";
import {
  ASSISTANCE_GROUPS,
  BUCKET_ID,
  CROSS_REGION,
  DEDUCTIBLE_BASES,
  DISEASE_ID,
  INSURANCE_TYPES,
  PERSON_TYPES,
  VISIT_KINDS,
} from "./vocabulary";

const label = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const visitKinds = z.array(z.enum(VISIT_KINDS)).min(1);
const insuranceTypes = z.array(z.enum(INSURANCE_TYPES)).min(1);
const bucketId = z.string().regex(BUCKET_ID);
/** A bucket id, or a prefix pattern such as `chronic:*` for every disease bucket. */
const bucketPattern = z.string().regex(/^[a-z][a-z0-9_]*(?::(?:[a-z][a-z0-9_]*|\*))?$/);

/**
 * When a table row applies. Every condition given must hold; a row without
 * conditions matches everyone. Age conditions only match when the request
 * gives an age. A row naming `crossRegion` situations gives the final value for
 * them (the policy's cross-region adjustment is then not applied again).
 */
export const rowConditionSchema = z.strictObject({
  personTypes: z.array(z.enum(PERSON_TYPES)).min(1).optional(),
  facilityLevels: z.array(facilityLevelSchema).min(1).optional(),
  minAge: integer(0, 150).optional(),
  maxAge: integer(0, 150).optional(),
  crossRegion: z.array(z.enum(CROSS_REGION)).min(1).optional(),
});

/**
 * A band of a banded ratio or a critical-illness segment: the ratio applies up to
 * `upTo` of the year's cumulative base (policy-scope amount, or burden);
 * the last band has `upTo: null` (no upper end).
 */
export const bandSchema = z.strictObject({ upTo: yuan().nullable(), ratio: ratio() });

function ascendingBands(bands: ReadonlyArray<{ upTo: number | null }>, ctx: z.RefinementCtx) {
  bands.forEach((band, index) => {
    const previous = bands[index - 1];
    if (previous && (previous.upTo === null || (band.upTo !== null && band.upTo <= previous.upTo))) {
      ctx.addIssue({ code: "custom", message: "Band limits must increase; only the last band may have upTo: null", path: [index, "upTo"] });
    }
  });
  if (bands.length > 0 && bands[bands.length - 1]?.upTo !== null) {
    ctx.addIssue({ code: "custom", message: "The last band must have upTo: null", path: [bands.length - 1, "upTo"] });
  }
}

const bands = z.array(bandSchema).min(1).superRefine(ascendingBands);

/** 起付线: per year, month, visit or admission; amounts by row. */
export const deductibleRuleSchema = z.strictObject({
  basis: z.enum(DEDUCTIBLE_BASES),
  /**
   * What the deductible is taken from: `bill` (default) — the first part of the
   * policy-scope amount is the person's; `fund_payment` — the fund pays its ratio
   * of the whole amount less the deductible (fund = amount × ratio − deductible).
   */
  appliesTo: z.enum(["bill", "fund_payment"]).optional(),
  amounts: z.array(z.strictObject({ when: rowConditionSchema.optional(), amount: yuan() })).min(1),
  /**
   * Lower deductibles for later admissions of the year: `factors` of the first
   * admission's amount (the last repeats), never below `floor` (nor above the
   * first amount), or a `reduction` of each previous amount with a floor.
   */
  admissionSchedule: z
    .discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("factors"), factors: z.array(ratio()).min(1), floor: yuan().optional() }),
      z.strictObject({ kind: z.literal("reduction"), each: ratio(), floor: yuan() }),
    ])
    .optional(),
  /**
   * On referral between facilities (visit or admission basis): `pay_difference`
   * — moving up pays only the difference to the deductible already paid, moving
   * down or sideways pays none; `charge_again` — each hospital charges in full.
   */
  onReferral: z.enum(["pay_difference", "charge_again"]).optional(),
});

/**
 * The basic fund's ratio: one ratio, or bands. Bands are on the policy-scope
 * amount (default) or on the fund's cumulative payment (`bandsOn: "fund_paid"`),
 * counted over the year (default) or restarting with each admission
 * (`bandBasis: "admission"`).
 */
export const ratioRuleSchema = z.strictObject({
  rows: z
    .array(
      z
        .strictObject({
          when: rowConditionSchema.optional(),
          ratio: ratio().optional(),
          bands: bands.optional(),
          bandsOn: z.enum(["policy_scope", "fund_paid"]).optional(),
          bandBasis: z.enum(["year", "admission"]).optional(),
        })
        .refine((row) => (row.ratio === undefined) !== (row.bands === undefined), {
          message: "Give either ratio or bands",
        }),
    )
    .min(1),
});

/** 封顶线: the fund's annual payment limit; `amount: null` means no cap. */
export const capRuleSchema = z.strictObject({
  rows: z.array(z.strictObject({ when: rowConditionSchema.optional(), amount: yuan().nullable() })).min(1),
});

/** General outpatient only at the chosen clinic (普通门诊选点). */
export const chosenClinicRuleSchema = z.strictObject({
  required: z.boolean(),
  /** A tight county medical alliance (医共体) counts as one clinic. */
  allianceCounts: z.boolean(),
  /** An upward referral made by the chosen clinic is reimbursed. */
  referralCounts: z.boolean(),
  /** Cross-region situations the rule does not apply to; none unless a source says so. */
  exemptCrossRegion: z.array(z.enum(CROSS_REGION)).min(1).optional(),
});

export const benefitSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label,
  /** Accumulator key for deductible, policy-scope amount and fund paid. */
  bucket: bucketId,
  /** Each disease gets its own bucket `bucket:disease` (own deductible and cap). */
  bucketPerDisease: z.boolean().optional(),
  visitKinds,
  insurance: insuranceTypes,
  /** For chronic and special-disease outpatient care: the diseases this benefit covers. */
  diseases: z.array(z.string().regex(DISEASE_ID)).min(1).optional(),
  deductible: datedSeries(deductibleRuleSchema),
  ratio: datedSeries(ratioRuleSchema),
  cap: datedSeries(capRuleSchema),
  chosenClinic: datedSeries(chosenClinicRuleSchema).optional(),
  /**
   * 当年账户段 (older employee schemes): the current-year personal account pays
   * the policy-scope amount first; only what it cannot pay reaches the deductible
   * and the pooled fund. Dated, so a year settles by its own rules.
   */
  currentYearAccountFirst: datedSeries(z.boolean()).optional(),
});

/** A cap shared by several buckets (e.g. general outpatient and chronic diseases). */
export const sharedCapSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label,
  buckets: z.array(bucketPattern).min(1),
  cap: datedSeries(capRuleSchema),
});

/** Adjustment for one cross-region situation. */
const crossRegionAdjustment = z.strictObject({
  /** Points taken off the fund ratio (0.10 = 10 points). */
  ratioReduction: ratio(),
  /** Deductible raised by this fraction (0.05 = +5 %). */
  deductibleIncrease: ratio(),
  /** 先行自付: the person first pays this share of the policy-scope amount (e.g. 0.10 filed, 0.40 unfiled). */
  firstSelfPay: ratio().optional(),
});

export const crossRegionRuleSchema = z.strictObject({
  filed: crossRegionAdjustment.optional(),
  unfiled_referral: crossRegionAdjustment,
  unfiled_other: crossRegionAdjustment,
});

/** What the personal account (个人账户) may pay. */
export const personalAccountRuleSchema = z.strictObject({
  paysFullOwnPay: z.boolean(),
  paysOverLimit: z.boolean(),
  /** 家庭共济: a relative's account may pay this person's share. */
  familyMutualAid: z.boolean(),
});

/** 大病保险: segments on the year's cumulative policy-scope personal burden. */
export const criticalIllnessRuleSchema = z.strictObject({
  insurance: insuranceTypes,
  visitKinds,
  /** Whether the deductible counts towards the burden (default true). */
  deductibleCounts: z.boolean().optional(),
  threshold: yuan(),
  segments: bands,
  annualCap: yuan().nullable(),
  /** People on subsistence allowance / in extreme poverty: threshold × factor, ratio + points, maybe no cap. */
  lowIncome: z
    .strictObject({
      groups: z.array(z.enum(ASSISTANCE_GROUPS)).min(1),
      thresholdFactor: ratio(),
      ratioIncrease: ratio(),
      noCap: z.boolean(),
    })
    .optional(),
});

/** 职工大额医疗补助: pays a ratio of the policy-scope amount above the basic cap. */
export const largeAmountRuleSchema = z.strictObject({
  insurance: insuranceTypes,
  buckets: z.array(bucketPattern).min(1),
  ratio: ratio(),
  annualCap: yuan().nullable(),
});

/**
 * A group's terms: `ratio` of the remaining burden above `threshold`; then each
 * `further` tier pays its ratio of what is still left above its own threshold
 * (both measured on the year's running totals).
 */
const assistanceTerms = z.strictObject({
  threshold: yuan(),
  ratio: ratio(),
  further: z.array(z.strictObject({ threshold: yuan(), ratio: ratio() })).min(1).optional(),
});

/** 医疗救助: per group a threshold (on the year's remaining burden) and a ratio; annual limits. */
export const assistanceRuleSchema = z.strictObject({
  groups: z.strictObject({
    extreme_poverty: assistanceTerms.optional(),
    subsistence: assistanceTerms.optional(),
    near_subsistence: assistanceTerms.optional(),
  }),
  visitKinds,
  annualLimit: yuan().nullable(),
  /** Sub-limits within the annual limit, e.g. ordinary outpatient 10 000. */
  limitsByVisitKind: z.array(z.strictObject({ visitKinds, limit: yuan() })).optional(),
});

/**
 * Listed items settled by their own share (e.g. an implant: the person pays 50 %,
 * the fund the rest, with no deductible or ratio); matched by the line's code.
 */
export const settledItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label,
  codes: z.array(z.string().min(1).max(64)).min(1),
  personalShare: ratio(),
});

/** Critical illness insurance: one rule, or one per insurance type (the first matching applies). */
const criticalIllnessValue = z
  .union([criticalIllnessRuleSchema, z.array(criticalIllnessRuleSchema).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/** A fact shown for information only; the engine does not compute with it. */
export const informativeSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label,
  values: datedSeries(z.string().min(1)),
});

export const policySchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    name: label,
    /** The main published source of the policy. */
    source: z.string().min(1),
    notes: z.array(z.string()).optional(),
    /** Chronic and special diseases known to this policy. */
    diseases: z.record(z.string().regex(DISEASE_ID), label).optional(),
    /** 乙类先行自付: the regional default share of a class-B item paid first by the person. */
    classBSelfPayShare: datedSeries(ratio()),
    /** Benefits are tried in order; the first matching a visit applies. */
    benefits: z.array(benefitSchema).min(1),
    sharedCaps: z.array(sharedCapSchema).optional(),
    crossRegion: datedSeries(crossRegionRuleSchema).optional(),
    personalAccount: datedSeries(personalAccountRuleSchema).optional(),
    criticalIllness: datedSeries(criticalIllnessValue).optional(),
    largeAmount: datedSeries(largeAmountRuleSchema).optional(),
    assistance: datedSeries(assistanceRuleSchema).optional(),
    settledItems: datedSeries(z.array(settledItemSchema).min(1)).optional(),
    informative: z.array(informativeSchema).optional(),
  })
  .superRefine((policy, ctx) => {
    const known = policy.diseases ?? {};
    policy.benefits.forEach((benefit, index) => {
      benefit.diseases?.forEach((disease, d) => {
        if (!Object.prototype.hasOwnProperty.call(known, disease)) {
          ctx.addIssue({ code: "custom", message: `Disease "${disease}" is not listed in diseases`, path: ["benefits", index, "diseases", d] });
        }
      });
      if (benefit.visitKinds.includes("chronic_outpatient") && !benefit.diseases) {
        ctx.addIssue({ code: "custom", message: "A chronic-outpatient benefit lists its diseases", path: ["benefits", index, "diseases"] });
      }
    });
  });

/** A policy as written (yuan, fractions). */
export type PolicyInput = z.input<typeof policySchema>;
/** A validated policy (fen, basis points). */
export type Policy = z.output<typeof policySchema>;
export type Benefit = Policy["benefits"][number];
export type RowCondition = z.output<typeof rowConditionSchema>;
export type Band = z.output<typeof bandSchema>;
export type DeductibleRule = z.output<typeof deductibleRuleSchema>;
export type RatioRule = z.output<typeof ratioRuleSchema>;
export type CapRule = z.output<typeof capRuleSchema>;
export type ChosenClinicRule = z.output<typeof chosenClinicRuleSchema>;
export type SharedCap = z.output<typeof sharedCapSchema>;
export type CrossRegionRule = z.output<typeof crossRegionRuleSchema>;
export type PersonalAccountRule = z.output<typeof personalAccountRuleSchema>;
export type CriticalIllnessRule = z.output<typeof criticalIllnessRuleSchema>;
export type SettledItem = z.output<typeof settledItemSchema>;
export type AssistanceTerms = z.output<typeof assistanceTerms>;
export type LargeAmountRule = z.output<typeof largeAmountRuleSchema>;
export type AssistanceRule = z.output<typeof assistanceRuleSchema>;

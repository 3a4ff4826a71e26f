/**
 * The words of the domain shared by policies, requests and the engine. Plain constants, no
 * schemas, so that a browser form can list them without loading zod.
 */

/** 职工医保 (employee) or 城乡居民医保 (resident). */
export const INSURANCE_TYPES = ["employee", "resident"] as const;
export type Insurance = (typeof INSURANCE_TYPES)[number];

/** 在职 (active) or 退休 (retired); employees only. */
export const EMPLOYEE_STATUSES = ["active", "retired"] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

/** The person types that ratio, deductible and cap tables are keyed by. */
export const PERSON_TYPES = ["employee_active", "employee_retired", "resident"] as const;
export type PersonType = (typeof PERSON_TYPES)[number];

/** 特困 (extreme poverty), 低保 (subsistence allowance), 低保边缘 (near subsistence). */
export const ASSISTANCE_GROUPS = ["extreme_poverty", "subsistence", "near_subsistence"] as const;
export type AssistanceGroup = (typeof ASSISTANCE_GROUPS)[number];
export const ASSISTANCE_STATUSES = ["none", ...ASSISTANCE_GROUPS] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

/** 普通门诊, 门诊慢特病, 住院, 定点药店. */
export const VISIT_KINDS = ["general_outpatient", "chronic_outpatient", "inpatient", "pharmacy"] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** 0 community clinic or pharmacy, 1 / 2 / 3 hospital levels (一级 / 二级 / 三级). */
export const FACILITY_LEVELS = [0, 1, 2, 3] as const;
export type FacilityLevel = (typeof FACILITY_LEVELS)[number];

/**
 * 异地就医: none (home region), filed (备案, e.g. a relocated retiree — home
 * ratios), unfiled referral or emergency, unfiled other.
 */
export const CROSS_REGION = ["none", "filed", "unfiled_referral", "unfiled_other"] as const;
export type CrossRegion = (typeof CROSS_REGION)[number];

/**
 * Where a general-outpatient visit happens relative to the person's chosen
 * clinic (普通门诊选点): the chosen clinic itself, another member of its medical
 * alliance (医共体), a facility the chosen clinic referred the person to, or elsewhere.
 */
export const CHOSEN_CLINIC_STATUSES = ["chosen", "alliance", "referred", "other"] as const;
export type ChosenClinicStatus = (typeof CHOSEN_CLINIC_STATUSES)[number];

/** 甲类 A, 乙类 B, 丙类 / outside the catalogue C. */
export const ITEM_CLASSES = ["A", "B", "C"] as const;
export type ItemClass = (typeof ITEM_CLASSES)[number];

/** Whose personal account pays: the person's own, or a relative's through 家庭共济. */
export const ACCOUNT_OWNERS = ["self", "family"] as const;
export type AccountOwner = (typeof ACCOUNT_OWNERS)[number];

/** How often a deductible is charged: per year, calendar month, visit or admission. */
export const DEDUCTIBLE_BASES = ["year", "month", "visit", "admission"] as const;
export type DeductibleBasis = (typeof DEDUCTIBLE_BASES)[number];

/** A benefit bucket id: `general_outpatient`, `inpatient`, `chronic:diabetes` … */
export const BUCKET_ID = /^[a-z][a-z0-9_]*(?::[a-z][a-z0-9_]*)?$/;
/**
 * A key of the deductible paid: a bucket, or a bucket and a calendar month
 * (`chronic:diabetes@2023-06`) for deductibles charged per month.
 */
export const DEDUCTIBLE_KEY = /^[a-z][a-z0-9_]*(?::[a-z][a-z0-9_]*)?(?:@\d{4}-(?:0[1-9]|1[0-2]))?$/;

/** A disease id: `diabetes`, `uremia_dialysis` … */
export const DISEASE_ID = /^[a-z][a-z0-9_]*$/;

export function personTypeOf(insurance: Insurance, status: EmployeeStatus | undefined): PersonType {
  if (insurance === "resident") return "resident";
  return status === "retired" ? "employee_retired" : "employee_active";
}

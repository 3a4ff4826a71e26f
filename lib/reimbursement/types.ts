/**
 * Fen-domain types of the engine: what a counter, a ledger or the estimate
 * contract hands to {@link computeSettlement} and what it gets back. Every
 * amount is integer fen, every ratio integer basis points.
 */
import type { BasisPoints, Fen } from "./money";
import type { Policy } from "./policy-schema";
import type { IsoDate } from "./schema-parts";
import type {
  AccountOwner,
  AssistanceGroup,
  AssistanceStatus,
  ChosenClinicStatus,
  CrossRegion,
  DeductibleBasis,
  EmployeeStatus,
  FacilityLevel,
  Insurance,
  ItemClass,
  VisitKind,
} from "./vocabulary";

/** The insured person, as far as the rules care. */
export interface Person {
  insurance: Insurance;
  /** Required for employees; ignored for residents. */
  status?: EmployeeStatus | undefined;
  /** Years; rows with age bands only match when it is given. */
  age?: number | undefined;
  assistance: AssistanceStatus;
}

/** One settlement occasion: a visit, an admission or a pharmacy purchase. */
export interface Visit {
  kind: VisitKind;
  facilityLevel: FacilityLevel;
  /** chronic_outpatient: the approved disease (a key of the policy's `diseases`). */
  disease?: string | undefined;
  /** inpatient: 1 for the first admission of the year. Defaults to 1. */
  admissionOfYear?: number | undefined;
  /** Referred from another facility, which already charged this deductible. */
  referralFrom?: { facilityLevel: FacilityLevel; deductiblePaid: Fen } | undefined;
  crossRegion: CrossRegion;
  /** Where the visit is relative to the chosen clinic; defaults to "chosen". */
  chosenClinic?: ChosenClinicStatus | undefined;
}

/** One bill line with its class already known (from the bill or the catalogue). */
export interface BillLine {
  name?: string | undefined;
  code?: string | undefined;
  itemClass: ItemClass;
  /** The line's total. */
  amount: Fen;
  /** Units on the line (for the price ceiling); defaults to 1. */
  quantity?: number | undefined;
  /** Class B: the share paid first by the person; defaults to the policy's regional share. */
  classBShare?: BasisPoints | undefined;
  /** Price ceiling per unit (超限价); the excess above ceiling × quantity is paid by the person. */
  priceCeiling?: Fen | undefined;
}

/** Amounts per benefit bucket ("general_outpatient", "inpatient", "chronic:diabetes" …). */
export type BucketAmounts = Record<string, Fen>;

/**
 * A person's year-to-date figures before (or after) a settlement — what a
 * ledger stores per person and year (cf. national interface 5206).
 */
export interface Accumulators {
  /** Deductible paid, per bucket. */
  deductiblePaid: BucketAmounts;
  /** Policy-scope amount (政策范围内费用), per bucket: the base of banded ratios. */
  policyScopeAmount: BucketAmounts;
  /** Basic fund paid (hifp_pay), per bucket: checked against caps and shared caps. */
  fundPaid: BucketAmounts;
  /** Policy-scope personal burden counted for critical illness insurance. */
  criticalIllnessBurden: Fen;
  /** Critical illness insurance paid (hifmi_pay). */
  criticalIllnessPaid: Fen;
  /** Employees' large-amount benefit paid (hifob_pay). */
  largeAmountPaid: Fen;
  /** Remaining policy-scope burden counted for medical assistance thresholds. */
  assistanceBurden: Fen;
  /** Medical assistance paid (maf_pay), per visit kind; the annual limit applies to the sum. */
  assistancePaid: Partial<Record<VisitKind, Fen>>;
}

/** A personal account (个人账户) offered to pay the person's share. */
export interface AccountUse {
  balance: Fen;
  /** Of the balance, this year's credit (当年账户); pays first where the benefit says so. Default 0. */
  currentYearBalance?: Fen | undefined;
  use: boolean;
  /** "family": a relative's account pays through 家庭共济 (reported as acct_mulaid_pay). */
  owner: AccountOwner;
}

export interface SettlementInput {
  policy: Policy;
  serviceDate: IsoDate;
  person: Person;
  visit: Visit;
  lines: ReadonlyArray<BillLine>;
  /** Missing figures count as 0. */
  accumulators?: Partial<Accumulators> | undefined;
  account?: AccountUse | undefined;
}

/** The settlement's amounts under the national interface's names (2207 / 2304). */
export interface SettlementAmounts {
  medfee_sumamt: Fen;
  fulamt_ownpay_amt: Fen;
  overlmt_selfpay: Fen;
  preselfpay_amt: Fen;
  inscp_scp_amt: Fen;
  act_pay_dedc: Fen;
  hifp_pay: Fen;
  hifmi_pay: Fen;
  hifob_pay: Fen;
  maf_pay: Fen;
  fund_pay_sumamt: Fen;
  psn_part_amt: Fen;
  /** Everything paid from personal accounts, including acct_mulaid_pay. */
  acct_pay: Fen;
  /** Of acct_pay, what a relative's account paid (家庭共济). */
  acct_mulaid_pay: Fen;
  psn_cash_pay: Fen;
  /** Account balance after this settlement (0 when no account was offered). */
  balc: Fen;
}

interface StepBase {
  base: Fen;
  amount: Fen;
  /** The document the rule's value comes from. */
  source?: string | undefined;
  unverified?: boolean | undefined;
}

export type Step = StepBase &
  (
    | { rule: "class_c"; lines: number }
    | { rule: "price_ceiling"; lines: number }
    | { rule: "class_b_share"; shares: BasisPoints[] }
    | { rule: "policy_scope" }
    | { rule: "settled_item"; itemId: string; label: { zh: string; en: string }; personalShare: BasisPoints; fund: Fen }
    | { rule: "cross_region_first_share"; ratio: BasisPoints; situation: CrossRegion }
    | { rule: "cross_region"; situation: CrossRegion; ratioReduction: BasisPoints; deductibleIncrease: BasisPoints }
    | { rule: "account_segment"; balance: Fen }
    | { rule: "benefit"; benefitId: string; label: { zh: string; en: string }; bucket: string }
    | { rule: "not_covered"; reason: "no_benefit" | "not_chosen_clinic"; chosenClinic?: ChosenClinicStatus | undefined }
    | { rule: "chosen_clinic"; status: ChosenClinicStatus }
    | {
        rule: "deductible";
        basis: DeductibleBasis;
        /** "fund_payment": taken from the fund's payment rather than from the bill. */
        appliesTo?: "fund_payment" | undefined;
        /** The floor of a later admission's deductible, when it applied. */
        floor?: Fen | undefined;
        /** Month basis: the calendar month (YYYY-MM). */
        month?: string | undefined;
        full: Fen;
        alreadyPaid: Fen;
        admission?: number | undefined;
        referral?: "up" | "down_or_same" | "charged_again" | undefined;
        crossRegionIncrease?: BasisPoints | undefined;
      }
    | {
        rule: "fund_ratio";
        ratio: BasisPoints;
        bandFrom?: Fen | undefined;
        bandUpTo?: Fen | null | undefined;
        /** What band limits measure: the policy-scope amount (default) or the fund's cumulative payment. */
        bandsOn?: "policy_scope" | "fund_paid" | undefined;
        /** "admission": bands restart with each admission. */
        bandBasis?: "year" | "admission" | undefined;
        crossRegionReduction?: BasisPoints | undefined;
      }
    | { rule: "fund_cap"; cap: Fen | null; capId: string; paidBefore: Fen }
    | { rule: "large_amount"; ratio: BasisPoints; capRemaining: Fen | null }
    | { rule: "critical_illness"; ratio: BasisPoints; threshold: Fen; segmentFrom: Fen; segmentUpTo: Fen | null; lowIncome: boolean; deductibleExcluded?: boolean | undefined }
    | { rule: "critical_illness_cap"; capRemaining: Fen }
    | { rule: "medical_assistance"; group: AssistanceGroup; ratio: BasisPoints; threshold: Fen; limitRemaining: Fen | null; tier?: number | undefined }
    | { rule: "personal_account"; balance: Fen; owner: AccountOwner; allowed: boolean }
    | { rule: "cash" }
  );

export type StepRule = Step["rule"];

/** Which version of which policy was used. */
export interface PolicyReference {
  id: string;
  /** The date of the latest change in force on the service date. */
  version: IsoDate;
  source: string;
  /** True when a value used comes from a relay source or is a demo value. */
  unverified: boolean;
}

export interface Settlement {
  amounts: SettlementAmounts;
  /** The benefit bucket charged, or null when no benefit covered the visit. */
  bucket: string | null;
  policy: PolicyReference;
  accumulatorsAfter: Accumulators;
  steps: Step[];
}

/** What the Estimate form's server action answers (client-safe types). */
import type { IssueCode, PolicyReference, SettlementAmounts } from "@/lib/reimbursement";

export type Bilingual = { zh: string; en: string };

/** What the result shows beside the figures: where and how the estimate was made. */
export interface EstimateContext {
  personId: string;
  facility: { name: string; nameEn: string; level: number } | null;
  chosenClinic: "chosen" | "alliance" | "referred" | "other" | null;
  crossRegion: "none" | "filed" | "unfiled_referral" | "unfiled_other";
  accumulatorsMode: "ledger" | "whatif";
  /** The day of the visit (estimates saved before it was kept have none). */
  serviceDate?: string;
  /** The visit as chosen on the form: a visit kind, or "chronic:<disease>". */
  visit?: string;
  /** A chronic visit's disease as the policy names it. */
  disease?: Bilingual;
  /** The policy's region in both languages, to name the policy in words. */
  policyName?: Bilingual;
  /**
   * The person's personal account: its balance before this bill and whether the bill used it.
   * Null for a person without one (residents); absent in estimates saved before it was kept.
   */
  account?: { used: boolean; balanceBeforeFen: number } | null;
}

/** One line of the bill as the estimate read it (the class is the catalogue's for a catalogue item). */
export interface EstimateLineView {
  name: string;
  /** The catalogue's English name; null for a line the person typed in. */
  nameEn: string | null;
  code: string | null;
  itemClass: "A" | "B" | "C";
  quantity: number;
  amountFen: number;
}

/** An estimate's figures: the settlement's amounts in fen, the policy, the explanation in both languages. */
export interface EstimateFigures {
  amounts: SettlementAmounts;
  policy: PolicyReference;
  explanation: { zh: string[]; en: string[] };
}

export interface EstimateView {
  figures: EstimateFigures;
  context: EstimateContext;
  lines: EstimateLineView[];
}

/** One of the Estimate screen's own problems (its words: lib/i18n messages/estimate.ts errors). */
export type EstimateProblemKey = "noLines" | "lineName" | "lineClass" | "lineCode" | "quantity" | "facility" | "disease" | "admission" | "noAccount" | "notEnrolled";

/** A problem with a field (or the form): the screen's own, or one of the engine's request issues. */
export type EstimateProblem = { estimate: EstimateProblemKey } | { issue: IssueCode };

/** Why an estimate could not be made, field by field: facts; the action puts them in words. */
export interface EstimateProblems {
  fieldProblems: Record<string, EstimateProblem>;
  formProblem: EstimateProblem | null;
}

/** What the Estimate form's server action returns to `useActionState` (client-safe types). */
import type { EstimateRequestInput, EstimateResponse } from "@/lib/reimbursement";

export type Bilingual = { zh: string; en: string };

/** What the result shows beside the figures: where and how the estimate was made. */
export interface EstimateContext {
  personId: string;
  facility: { name: string; nameEn: string; level: number } | null;
  chosenClinic: "chosen" | "alliance" | "referred" | "other" | null;
  crossRegion: "none" | "filed" | "unfiled_referral" | "unfiled_other";
  accumulatorsMode: "ledger" | "whatif";
}

export interface EstimateView {
  request: EstimateRequestInput;
  response: EstimateResponse;
  context: EstimateContext;
}

/** The posted values, echoed so the form shows them again (also when JavaScript is off). */
export type EstimateFormValues = Record<string, string>;

export type EstimateState =
  | { ok: true; data: EstimateView; values: EstimateFormValues }
  | { ok: false; fieldErrors: Record<string, Bilingual>; formError: Bilingual | null; values: EstimateFormValues };

export const initialEstimateState: EstimateState = { ok: false, fieldErrors: {}, formError: null, values: {} };

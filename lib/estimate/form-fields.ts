/**
 * The Estimate form's choices and the subtotal it shows as a line is typed: what the form in the
 * browser needs, without the schema that reads a posted form (form-schema.ts), so that the page
 * loads no zod before the form is sent.
 */
import { type Fen, readLineMoney } from "@/lib/reimbursement/client";

export const ACCUMULATOR_MODES = ["ledger", "whatif"] as const;
export type AccumulatorMode = (typeof ACCUMULATOR_MODES)[number];
export const LINE_MODES = ["catalogue", "free"] as const;
export type LineMode = (typeof LINE_MODES)[number];
/** The visit as picked on the form: a visit kind, or a chronic visit for one approved disease. */
export const VISIT_CHOICE = /^(?:general_outpatient|inpatient|pharmacy|chronic:[a-z][a-z0-9_]*)$/;
export const WHAT_IF_FIELDS = ["deductiblePaid", "policyScopeAmount", "fundPaid", "criticalIllnessBurden", "assistancePaid", "accountBalance"] as const;
export type WhatIfField = (typeof WHAT_IF_FIELDS)[number];

/**
 * Quantity × unit price in fen, read as the counter and the API read them (lib/reimbursement
 * bill-line.ts); undefined while either is not readable.
 */
export function lineAmountFen(quantity: string | undefined, unitPrice: string | undefined): Fen | undefined {
  const money = readLineMoney({ quantity: quantity ?? "", unitPrice: unitPrice ?? "" });
  return money.ok ? money.value.amountFen : undefined;
}

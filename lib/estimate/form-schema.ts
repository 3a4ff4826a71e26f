/**
 * The Estimate form's fields, as posted (FormData → flat text values). This schema only reads
 * the form's shape — which lines, which visit, which figures; a line's money is read by the one
 * bill-line reader of lib/reimbursement, as everywhere else. Every rule about the request itself (amounts, classes, dates,
 * cross-field rules) is the engine's `estimateRequestSchema`, applied afterwards.
 * No server-only imports: the form component uses it too.
 */
import { z } from "zod";
import { CROSS_REGION, DISEASE_ID, MAX_LINES, type Fen, readLineMoney } from "@/lib/reimbursement";

export const ACCUMULATOR_MODES = ["ledger", "whatif"] as const;
export type AccumulatorMode = (typeof ACCUMULATOR_MODES)[number];
export const LINE_MODES = ["catalogue", "free"] as const;
export type LineMode = (typeof LINE_MODES)[number];
/** The visit as picked on the form: a visit kind, or a chronic visit for one approved disease. */
export const VISIT_CHOICE = /^(?:general_outpatient|inpatient|pharmacy|chronic:[a-z][a-z0-9_]*)$/;
export const WHAT_IF_FIELDS = ["deductiblePaid", "policyScopeAmount", "fundPaid", "criticalIllnessBurden", "assistancePaid", "accountBalance"] as const;
export type WhatIfField = (typeof WHAT_IF_FIELDS)[number];

/** Text of an optional field: trimmed; blank is "not given". */
const text = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max).optional());

/**
 * A bill line's field as typed: trimmed, an empty field kept as "" (an empty quantity is a
 * mistake to point at, not a 1), any length — the bill-line readers say what is wrong with it
 * (too long, not a number, zero …) next to the field.
 */
const typed = z.preprocess((v) => (typeof v === "string" ? v.trim() : undefined), z.string().optional());

const lineSchema = z.object({
  mode: z.enum(LINE_MODES).catch("free"),
  code: typed,
  name: typed,
  class: typed,
  quantity: typed,
  unitPrice: typed,
  amount: typed,
});
export type EstimateFormLine = z.output<typeof lineSchema>;

export const estimateFormSchema = z.object({
  facilityId: text(64),
  serviceDate: text(10),
  visit: z.preprocess((v) => (typeof v === "string" && v !== "" ? v : "general_outpatient"), z.string().regex(VISIT_CHOICE)),
  admissionOfYear: text(4),
  referralLevel: text(1),
  referralDeductiblePaid: text(20),
  crossRegion: z.preprocess((v) => (typeof v === "string" && v !== "" ? v : "auto"), z.enum(["auto", ...CROSS_REGION])),
  useAccount: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  accumulatorsMode: z.enum(ACCUMULATOR_MODES).catch("ledger"),
  whatIf: z.object(Object.fromEntries(WHAT_IF_FIELDS.map((f) => [f, text(20)])) as Record<WhatIfField, ReturnType<typeof text>>),
  lines: z.array(lineSchema).max(MAX_LINES),
});
export type EstimateForm = z.output<typeof estimateFormSchema>;

/** Flat form values ("lines.0.name" → "…") as nested input for {@link estimateFormSchema}. */
export function nestFormValues(values: Readonly<Record<string, string>>): Record<string, unknown> {
  const lines: Array<Record<string, string>> = [];
  const whatIf: Record<string, string> = {};
  const out: Record<string, unknown> = { lines, whatIf };
  for (const [key, value] of Object.entries(values)) {
    const line = /^lines\.(\d{1,4})\.(\w+)$/.exec(key);
    if (line) {
      const index = Number(line[1]);
      if (index >= MAX_LINES) continue;
      lines[index] = { ...(lines[index] ?? {}), [line[2]!]: value };
    } else if (key.startsWith("whatIf.")) {
      whatIf[key.slice("whatIf.".length)] = value;
    } else {
      out[key] = value;
    }
  }
  out.lines = lines.filter((line) => line !== undefined);
  return out;
}

/** A line the person left empty is dropped, not an error. */
export function isBlankLine(line: EstimateFormLine): boolean {
  return !line.code && !line.name && !line.amount && !line.unitPrice;
}

/** The disease of a chronic visit choice ("chronic:diabetes" → "diabetes"). */
export function diseaseOfVisit(visit: string): string | undefined {
  if (!visit.startsWith("chronic:")) return undefined;
  const disease = visit.slice("chronic:".length);
  return DISEASE_ID.test(disease) ? disease : undefined;
}

/**
 * Quantity × unit price in fen, read as the counter and the API read them (lib/reimbursement
 * bill-line.ts); undefined while either is not readable.
 */
export function lineAmountFen(quantity: string | undefined, unitPrice: string | undefined): Fen | undefined {
  const money = readLineMoney({ quantity: quantity ?? "", unitPrice: unitPrice ?? "" });
  return money.ok ? money.value.amountFen : undefined;
}

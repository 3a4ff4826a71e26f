/**
 * The Estimate form's fields, as posted (FormData → flat text values). This schema only reads
 * the form's shape — which lines, which visit, which figures; a line's money is read by the one
 * bill-line reader of lib/reimbursement, as everywhere else. Every rule about the request itself (amounts, classes, dates,
 * cross-field rules) is the engine's `estimateRequestSchema`, applied afterwards.
 * No server-only imports: the form component uses it too.
 */
import { z } from "zod";
import { CROSS_REGION, DISEASE_ID, MAX_LINES } from "@/lib/reimbursement";
import { ACCUMULATOR_MODES, LINE_MODES, VISIT_CHOICE, WHAT_IF_FIELDS, type WhatIfField } from "./form-fields";

export * from "./form-fields";

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

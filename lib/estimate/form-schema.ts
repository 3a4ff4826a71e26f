/**
 * The Estimate form's fields, as posted (FormData → flat text values). This schema only reads
 * the form's shape — which lines, which visit, which figures — and turns quantity × unit price
 * into a line amount in fen. Every rule about the request itself (amounts, classes, dates,
 * cross-field rules) is the engine's `estimateRequestSchema`, applied afterwards.
 * No server-only imports: the form component uses it too.
 */
import { z } from "zod";
import { CROSS_REGION, DISEASE_ID, MAX_LINES, type Fen, parseYuan } from "@/lib/reimbursement";

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

const lineSchema = z.object({
  mode: z.enum(LINE_MODES).catch("free"),
  code: text(64),
  name: text(200),
  class: text(1),
  quantity: text(12),
  unitPrice: text(20),
  amount: text(20),
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
 * Quantity × unit price in fen, from their decimal text (never through a float); undefined when
 * either is not readable, so the engine's schema reports the line amount.
 */
export function lineAmountFen(quantity: string | undefined, unitPrice: string | undefined): Fen | undefined {
  if (unitPrice === undefined) return undefined;
  const count = quantity === undefined ? 1 : /^\d{1,6}$/.test(quantity) ? Number(quantity) : undefined;
  const price = parseYuan(unitPrice);
  if (count === undefined || count < 1 || !price.ok) return undefined;
  return count * price.value;
}

import { z } from "zod";
import { DISEASE_ID, ITEM_CLASSES, MAX_LINES, VISIT_KINDS, facilityLevelSchema, parseYuan } from "@/lib/reimbursement";
import { isIsoDate } from "@/lib/reimbursement";

/**
 * The body of POST /api/v1/terminal/settlements: what a counter sends after a verified scan.
 * Amounts are yuan as written (a JSON number or string, at most two decimals), read as fen
 * without floating point; the terminal's own facility is the place of treatment.
 */
const yuan = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const parsed = parseYuan(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: "Yuan with at most two decimals, 0 or more" });
    return z.NEVER;
  }
  return parsed.value;
});

export const terminalSettlementLineSchema = z
  .strictObject({
    code: z.string().trim().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(100).optional(),
    class: z.enum(ITEM_CLASSES).optional(),
    quantity: z.number().int().min(1).max(100_000).optional(),
    /** The line's total in yuan. */
    amount: yuan,
  })
  .refine((line) => line.code !== undefined || line.class !== undefined, { message: "Give a catalogue code or the item class", path: ["class"] });

export const terminalSettlementRequestSchema = z.strictObject({
  settlementToken: z.string().min(1).max(100),
  visit: z
    .strictObject({
      kind: z.enum(VISIT_KINDS),
      disease: z.string().regex(DISEASE_ID).optional(),
      referralFrom: z.strictObject({ facilityLevel: facilityLevelSchema, deductiblePaid: yuan }).optional(),
    })
    .refine((visit) => visit.kind !== "chronic_outpatient" || visit.disease !== undefined, { message: "A chronic-disease visit names the disease", path: ["disease"] }),
  lines: z.array(terminalSettlementLineSchema).min(1).max(MAX_LINES),
  useAccount: z.boolean().default(true),
  /**
   * 家庭共济: pay the personal share from a relative's account instead of the patient's own — one
   * of the references the scan answered in `familyAccounts`. Implies useAccount.
   */
  familyAccount: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  /** Defaults to today (China time); a counter settles today's visits. */
  serviceDate: z.string().refine(isIsoDate, { message: "A valid date written YYYY-MM-DD" }).optional(),
});

export const reversalRequestSchema = z.strictObject({ reason: z.string().trim().min(1).max(200) });

export const idempotencyKeySchema = z.string().trim().min(8).max(200);

export type TerminalSettlementRequest = z.output<typeof terminalSettlementRequestSchema>;

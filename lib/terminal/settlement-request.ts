import { z } from "zod";
import { DISEASE_ID, ITEM_CLASSES, MAX_LINE_NAME, MAX_LINES, VISIT_KINDS, facilityLevelSchema, lineMoneyFields, parseYuan, readLineMoney, refineLineMoney } from "@/lib/reimbursement";
import { isIsoDate } from "@/lib/reimbursement";

/**
 * The body of POST /api/v1/terminal/settlements: what a counter sends after a verified scan.
 * A line is a catalogue code (or a class) with its unit price and quantity, or its amount — unit
 * price × quantity = amount, read as fen without floating point by the same reader as the
 * Estimate form and the estimate API (lib/reimbursement bill-line.ts); the terminal's own
 * facility is the place of treatment.
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
    name: z.string().trim().min(1).max(MAX_LINE_NAME).optional(),
    class: z.enum(ITEM_CLASSES).optional(),
    ...lineMoneyFields(),
  })
  .superRefine((line, ctx) => {
    if (line.code === undefined && line.class === undefined) ctx.addIssue({ code: "custom", message: "Give a catalogue code or the item class", path: ["class"] });
    refineLineMoney(line, ctx);
  })
  .transform(({ quantity: _q, unitPrice: _u, amount: _a, ...line }, ctx) => {
    const money = readLineMoney({ quantity: _q, unitPrice: _u, amount: _a });
    if (!money.ok) {
      ctx.addIssue({ code: "custom", message: "unit price × quantity = amount" });
      return z.NEVER;
    }
    return { ...line, ...money.value };
  });

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
  /**
   * Defaults to today (China time). A counter settles today's care, or — where the region allows
   * it (SETTLEMENT_BACKDATE_DAYS) — care of the last few days of the same year (service-date.ts).
   */
  serviceDate: z.string().refine(isIsoDate, { message: "A valid date written YYYY-MM-DD" }).optional(),
});

export const reversalRequestSchema = z.strictObject({ reason: z.string().trim().min(1).max(200) });

export const idempotencyKeySchema = z.string().trim().min(8).max(200);

export type TerminalSettlementRequest = z.output<typeof terminalSettlementRequestSchema>;
export type TerminalSettlementRequestInput = z.input<typeof terminalSettlementRequestSchema>;

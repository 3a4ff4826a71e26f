/**
 * The input of {@link settle}: one zod schema, shared by the terminal API (after it has turned
 * the counter's yuan into fen), the demo seed and the tests. Money is integer fen, shares are
 * basis points, the day of service is a China calendar day.
 */
import { z } from "zod";
import { DISEASE_ID, ITEM_CLASSES, MAX_BILL_FEN, MAX_LINE_FEN, MAX_LINE_NAME, MAX_LINES, MAX_QUANTITY, VISIT_KINDS, facilityLevelSchema } from "@/lib/reimbursement";
import { isIsoDate } from "@/lib/reimbursement";

const fen = (max: number) => z.number().int().min(0).max(max);

export const settleLineSchema = z
  .strictObject({
    /** A catalogue code: the catalogue's class, class-B share and price ceiling then apply. */
    code: z.string().trim().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(MAX_LINE_NAME).optional(),
    /** Required when the line has no code known to the catalogue. */
    itemClass: z.enum(ITEM_CLASSES).optional(),
    /** The line's amount: unit price × quantity (lib/reimbursement bill-line.ts). */
    amountFen: fen(MAX_LINE_FEN),
    quantity: z.number().int().min(1).max(MAX_QUANTITY).optional(),
    classBShareBp: z.number().int().min(0).max(10_000).optional(),
    /** Per unit. */
    priceCeilingFen: fen(MAX_LINE_FEN).optional(),
  })
  .refine((line) => line.code !== undefined || line.itemClass !== undefined, { message: "Give a catalogue code or the item class", path: ["itemClass"] })
  .refine((line) => line.amountFen % (line.quantity ?? 1) === 0, { message: "The amount is unit price × quantity: a whole number of fen per unit", path: ["amountFen"] });

export const settleVisitSchema = z
  .strictObject({
    kind: z.enum(VISIT_KINDS),
    /** chronic_outpatient: the approved disease (the policy's key, e.g. "diabetes"). */
    disease: z.string().regex(DISEASE_ID).optional(),
    /** Referred from another facility that already charged a deductible (referral slip). */
    referralFrom: z.strictObject({ facilityLevel: facilityLevelSchema, deductiblePaidFen: fen(MAX_LINE_FEN) }).optional(),
    /** Away from home without a filing: true for a referral or an emergency (a smaller reduction). */
    unfiledReferralOrEmergency: z.boolean().optional(),
    /** General outpatient: the chosen clinic referred the person here (its referral slip). */
    referredByChosenClinic: z.boolean().optional(),
  })
  .refine((visit) => visit.kind !== "chronic_outpatient" || visit.disease !== undefined, { message: "A chronic-disease visit names the disease", path: ["disease"] });

export const settleInputSchema = z
  .strictObject({
    personId: z.uuid(),
    facilityId: z.uuid(),
    visit: settleVisitSchema,
    lines: z.array(settleLineSchema).min(1).max(MAX_LINES),
    /** Chosen by the caller; the same key (per terminal) always answers with the first settlement. */
    idempotencyKey: z.string().trim().min(1).max(200),
    useAccount: z.boolean(),
    /** Whose personal account pays: the person's own by default, or a close relative's (家庭共济). */
    accountPersonId: z.uuid().optional(),
    terminalId: z.uuid().optional(),
    /** Today (China time) when left out; a request that leaves it out is hashed without it. */
    serviceDate: z.string().refine(isIsoDate, { message: "A valid date written YYYY-MM-DD" }).optional(),
    now: z.date(),
  })
  .refine((input) => input.lines.reduce((sum, line) => sum + line.amountFen, 0) <= MAX_BILL_FEN, { message: "The bill's total is too large", path: ["lines"] });

export type SettleInput = z.input<typeof settleInputSchema>;
export type ParsedSettleInput = z.output<typeof settleInputSchema>;
export type SettleLine = z.output<typeof settleLineSchema>;

export const reverseInputSchema = z.strictObject({
  reason: z.string().trim().min(1).max(200),
  terminalId: z.uuid().optional(),
  now: z.date(),
});

export type ReverseInput = z.input<typeof reverseInputSchema>;

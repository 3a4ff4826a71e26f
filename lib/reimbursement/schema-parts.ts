/**
 * Zod building blocks shared by the policy schema and the request schema:
 * yuan amounts and ratios (checked as written; policies read them as fen and
 * basis points at load), ISO dates and dated values. Free of server-only
 * imports so a browser form can use them.
 */
import { z } from "zod";
import { type IssueCode, ISSUE_MESSAGES, issueText } from "./issues";
import { MAX_RUNNING_FEN } from "./limits";
import { type BasisPoints, type DecimalProblem, type Fen, formatYuan, parseRatio, parseYuan } from "./money";

export { MAX_BILL_FEN, MAX_LINE_FEN, MAX_LINES, MAX_RUNNING_FEN } from "./limits";

/** A custom zod issue whose code the contract maps to {@link ISSUE_MESSAGES}. */
export function reasonIssue(reason: IssueCode, detail?: string) {
  return { code: "custom" as const, message: issueText(reason, detail), params: { reason } };
}

const decimalProblemReason: Record<DecimalProblem, IssueCode> = {
  not_a_number: "amount_format",
  negative: "amount_negative",
  too_many_decimals: "amount_decimals",
};

/** Yuan as written in JSON: a number or a decimal string. */
export type YuanValue = number | string;
/** A ratio as written in JSON: a fraction (0.15) as a number or a string. */
export type RatioValue = number | string;

/** Why a value is not an acceptable amount of yuan, or undefined when it is. */
export function amountProblem(value: unknown, maxFen: Fen): { code: IssueCode; detail?: string } | undefined {
  if (typeof value !== "number" && typeof value !== "string") return { code: "amount_format" };
  const parsed = parseYuan(value);
  if (!parsed.ok) return { code: decimalProblemReason[parsed.problem] };
  return parsed.value > maxFen ? { code: "amount_too_large", detail: `at most ${formatYuan(maxFen)}` } : undefined;
}

const YUAN_META = { format: "yuan", description: "Yuan, at most two decimals, as a JSON number or a string" };
const RATIO_META = { format: "ratio", description: "A fraction from 0 to 1 with at most four decimals (0.75 = 75 %)" };

/**
 * Yuan as written, checked (≤ 2 decimals, ≥ 0, ≤ max) but kept as written:
 * requests stay cheap to validate and are read as fen by {@link yuanToFen}.
 * The issue's message starts with the message of its code (issues.ts).
 */
export function yuanAmount(maxFen: Fen = MAX_RUNNING_FEN) {
  return z
    .custom<YuanValue>((value) => amountProblem(value, maxFen) === undefined, {
      error: (problem) => {
        const found = amountProblem(problem.input, maxFen);
        return issueText(found?.code ?? "amount_format", found?.detail);
      },
    })
    .meta(YUAN_META);
}

/** A ratio from 0 to 1 with ≤ 4 decimals, checked and kept as written; read by {@link ratioToBasisPoints}. */
export function ratioFraction() {
  return z
    .custom<RatioValue>((value) => (typeof value === "number" || typeof value === "string") && parseRatio(value).ok, { error: ISSUE_MESSAGES.ratio_format.en })
    .meta(RATIO_META);
}

/** Fen of an amount already checked by {@link yuanAmount}. */
export function yuanToFen(value: YuanValue): Fen {
  const parsed = parseYuan(value);
  if (!parsed.ok) throw new RangeError(`not a checked amount: ${String(value)}`);
  return parsed.value;
}

/** Basis points of a ratio already checked by {@link ratioFraction}. */
export function ratioToBasisPoints(value: RatioValue): BasisPoints {
  const parsed = parseRatio(value);
  if (!parsed.ok) throw new RangeError(`not a checked ratio: ${String(value)}`);
  return parsed.value;
}

/** Yuan read as integer fen (policies: converted once when the policy is loaded). */
export function yuan(maxFen: Fen = MAX_RUNNING_FEN) {
  return yuanAmount(maxFen).transform(yuanToFen);
}

/** A ratio read as basis points (policies). */
export function ratio() {
  return ratioFraction().transform(ratioToBasisPoints);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

/** An ISO date (YYYY-MM-DD), compared as text. */
export const isoDate = z
  .string({ error: ISSUE_MESSAGES.date_format.en })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: ISSUE_MESSAGES.date_format.en })
  .refine(isIsoDate, { error: ISSUE_MESSAGES.date_format.en });

export type IsoDate = string;

/** Integer in [min, max]. */
export function integer(min: number, max: number) {
  const error = issueText("integer_range", `${min}..${max}`);
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/**
 * One dated value: in force from `from` until the next entry of its series.
 * `source` names the document; `unverified` marks relay or demo values.
 */
export function dated<T extends z.ZodType>(value: T) {
  return z.strictObject({
    from: isoDate,
    value,
    source: z.string().min(1),
    unverified: z.boolean().optional(),
    note: z.string().optional(),
  });
}

/** A non-empty series of dated values with strictly increasing dates. */
export function datedSeries<T extends z.ZodType>(value: T) {
  return z
    .array(dated(value))
    .min(1)
    .superRefine((entries, ctx) => {
      for (let i = 1; i < entries.length; i++) {
        const previous = entries[i - 1];
        const current = entries[i];
        if (previous && current && current.from <= previous.from) {
          ctx.addIssue({ code: "custom", message: "Dates must increase", path: [i, "from"] });
        }
      }
    });
}

/** A facility level as a zod schema (0–3). */
export const facilityLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], {
  error: "Not one of the allowed values: 0 | 1 | 2 | 3",
});

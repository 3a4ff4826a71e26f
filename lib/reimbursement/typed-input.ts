/**
 * Amounts and quantities as people type them, read the same way by the Estimate form, the
 * counter's bill entry, the JSON API and the command line. A Chinese keyboard gives full-width
 * digits (１２．５０), the ideographic full stop (。) for the point, a ￥ or ¥ in front and 元
 * behind, and spaces from copying; all of these are read. Each refusal has its own code, so the
 * screens can say exactly what is wrong: empty, too long, not a number, negative, too many
 * decimals, zero, or too large. Pure and browser-safe.
 */
import { type Fen, formatYuan, parseYuan } from "./money";

/** Longest amount text read: 13 whole digits, grouping, two decimals and a currency sign fit. */
export const MAX_AMOUNT_TEXT = 24;
/** Longest quantity text read. */
export const MAX_QUANTITY_TEXT = 12;
/** Largest quantity on one bill line. */
export const MAX_QUANTITY = 100_000;

export type AmountProblem =
  | "amount_required"
  | "amount_too_long"
  | "amount_format"
  | "amount_negative"
  | "amount_decimals"
  | "amount_zero"
  | "amount_too_large";

export type QuantityProblem = "quantity_required" | "quantity_too_long" | "quantity_format" | "quantity_zero" | "quantity_too_large";

export type TypedResult<T, P extends string> = { ok: true; value: T } | { ok: false; code: P; detail?: string };

const MINUS_SIGNS = /^[-−－]/;

/**
 * The text with what keyboards and copy-paste add taken away: compatibility forms folded
 * (full-width digits, point, comma and yen sign become their ASCII forms), 。 read as the
 * point, white space removed, one currency sign in front and one 元 behind dropped, and
 * thousands separators dropped where they group digits by three.
 */
export function normaliseTypedNumber(text: string): string {
  let value = text.normalize("NFKC").replace(/\s+/g, "").replace(/。/g, ".");
  const negative = MINUS_SIGNS.test(value);
  if (negative) value = value.slice(1);
  value = value.replace(/^(?:¥|RMB|CNY)/i, "").replace(/元$/, "");
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(value)) value = value.replace(/,/g, "");
  return negative ? `-${value}` : value;
}

export interface AmountRules {
  /** Largest amount accepted, in fen. */
  maxFen: Fen;
  /** Whether 0 is an answer (a year-to-date figure) or a mistake (a price). */
  allowZero: boolean;
}

/** An amount in yuan as typed or sent (a JSON number or text), as integer fen — never through a float. */
export function readAmount(value: unknown, rules: AmountRules): TypedResult<Fen, AmountProblem> {
  let parsed: ReturnType<typeof parseYuan>;
  if (typeof value === "number") parsed = parseYuan(value);
  else if (typeof value === "string") {
    const trimmed = value.trim();
    if (trimmed === "") return { ok: false, code: "amount_required" };
    if (trimmed.length > MAX_AMOUNT_TEXT) return { ok: false, code: "amount_too_long", detail: `at most ${MAX_AMOUNT_TEXT} characters` };
    const text = normaliseTypedNumber(trimmed);
    // More whole digits than any amount has: too large, not a typing mistake.
    if (/^\d{14,}(?:\.\d*)?$/.test(text)) return { ok: false, code: "amount_too_large", detail: `at most ${formatYuan(rules.maxFen)}` };
    parsed = parseYuan(text);
  } else if (value === undefined || value === null) return { ok: false, code: "amount_required" };
  else return { ok: false, code: "amount_format" };
  if (!parsed.ok) {
    const code = parsed.problem === "negative" ? "amount_negative" : parsed.problem === "too_many_decimals" ? "amount_decimals" : "amount_format";
    return { ok: false, code };
  }
  if (parsed.value === 0 && !rules.allowZero) return { ok: false, code: "amount_zero" };
  if (parsed.value > rules.maxFen) return { ok: false, code: "amount_too_large", detail: `at most ${formatYuan(rules.maxFen)}` };
  return { ok: true, value: parsed.value };
}

/** A quantity as typed or sent: a whole number from 1 to {@link MAX_QUANTITY}. */
export function readQuantity(value: unknown): TypedResult<number, QuantityProblem> {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isInteger(value)) return { ok: false, code: "quantity_format" };
    text = String(value);
  } else if (typeof value === "string") {
    const trimmed = value.trim();
    if (trimmed === "") return { ok: false, code: "quantity_required" };
    if (trimmed.length > MAX_QUANTITY_TEXT) return { ok: false, code: "quantity_too_long", detail: `at most ${MAX_QUANTITY_TEXT} characters` };
    text = normaliseTypedNumber(trimmed);
  } else if (value === undefined || value === null) return { ok: false, code: "quantity_required" };
  else return { ok: false, code: "quantity_format" };
  if (!/^-?\d+$/.test(text)) return { ok: false, code: "quantity_format" };
  if (text.startsWith("-")) return { ok: false, code: "quantity_format" };
  // Leading zeros are harmless ("03"); the digit count bounds the number first.
  const digits = text.replace(/^0+(?=\d)/, "");
  if (digits.length > String(MAX_QUANTITY).length) return { ok: false, code: "quantity_too_large", detail: `at most ${MAX_QUANTITY}` };
  const quantity = Number(digits);
  if (quantity === 0) return { ok: false, code: "quantity_zero" };
  if (quantity > MAX_QUANTITY) return { ok: false, code: "quantity_too_large", detail: `at most ${MAX_QUANTITY}` };
  return { ok: true, value: quantity };
}

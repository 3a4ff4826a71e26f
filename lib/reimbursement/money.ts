/**
 * Money and ratios as exact integers.
 *
 * Amounts are integer fen (1 yuan = 100 fen). Ratios are integer basis points
 * (1 = 0.01 %, 10 000 = 100 %). User input is parsed through its decimal text,
 * never by multiplying a float, and the one rounding rule of the engine lives
 * in {@link mulRatio}: half up to the fen.
 */

/** An amount of money in integer fen (分). */
export type Fen = number;

/** A ratio in integer basis points: 7 500 = 75 %. */
export type BasisPoints = number;

export const FEN_PER_YUAN = 100;
export const BASIS_POINTS_PER_UNIT = 10_000;

/** At most 13 whole digits, so that scaled values stay exact integers. */
const MAX_WHOLE_DIGITS = 13;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const MINUS = 45;
const POINT = 46;

/** Why a text could not be read as yuan or as a ratio. */
export type DecimalProblem = "not_a_number" | "negative" | "too_many_decimals";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: DecimalProblem };

const NOT_A_NUMBER: ParseResult<never> = { ok: false, problem: "not_a_number" };
const NEGATIVE: ParseResult<never> = { ok: false, problem: "negative" };
const TOO_MANY_DECIMALS: ParseResult<never> = { ok: false, problem: "too_many_decimals" };

function decimalText(value: number | string): string | undefined {
  if (typeof value === "number") {
    // String() gives the shortest text that reads back as the same number, so a
    // JSON literal 86.40 arrives here as "86.4" and 0.1 + 0.2 as "0.30000000000000004".
    if (!Number.isFinite(value)) return undefined;
    return String(value);
  }
  return value;
}

/**
 * Reads a non-negative decimal with at most `places` decimals as an integer
 * scaled by 10^places, digit by digit (no float arithmetic). Rejects signs,
 * exponents, spaces, grouping, NaN and more decimals.
 */
function parseScaled(value: number | string, places: number): ParseResult<number> {
  const text = decimalText(value);
  if (text === undefined) return NOT_A_NUMBER;
  const length = text.length;
  const negative = text.charCodeAt(0) === MINUS;
  let index = negative ? 1 : 0;
  const wholeStart = index;
  let scaled = 0;
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < DIGIT_0 || code > DIGIT_9) break;
    scaled = scaled * 10 + (code - DIGIT_0);
  }
  const wholeDigits = index - wholeStart;
  if (wholeDigits === 0 || wholeDigits > MAX_WHOLE_DIGITS) return NOT_A_NUMBER;
  let decimals = 0;
  if (index < length) {
    if (text.charCodeAt(index) !== POINT) return NOT_A_NUMBER;
    for (index++; index < length; index++) {
      const code = text.charCodeAt(index);
      if (code < DIGIT_0 || code > DIGIT_9) return NOT_A_NUMBER;
      if (++decimals <= places) scaled = scaled * 10 + (code - DIGIT_0);
    }
    if (decimals === 0) return NOT_A_NUMBER;
    if (decimals > places) return negative ? NEGATIVE : TOO_MANY_DECIMALS;
  }
  if (negative) return NEGATIVE;
  for (; decimals < places; decimals++) scaled *= 10;
  return { ok: true, value: scaled };
}

/**
 * Reads yuan with at most two decimals — a JSON number or a string such as
 * "86.40" — as integer fen.
 */
export function parseYuan(value: number | string): ParseResult<Fen> {
  return parseScaled(value, 2);
}

/**
 * Reads a ratio between 0 and 1 with at most four decimals (0.15, "0.075") as
 * basis points.
 */
export function parseRatio(value: number | string): ParseResult<BasisPoints> {
  const parsed = parseScaled(value, 4);
  return parsed.ok && parsed.value > BASIS_POINTS_PER_UNIT ? NOT_A_NUMBER : parsed;
}

/**
 * The engine's one rounding rule: `fen × ratio`, rounded half up to the fen.
 * Exact for every safe-integer product (amounts up to ~9 × 10¹¹ fen).
 */
export function mulRatio(fen: Fen, ratio: BasisPoints): Fen {
  const product = fen * ratio;
  if (!Number.isSafeInteger(product) || product < 0) {
    throw new RangeError(`mulRatio out of range: ${fen} × ${ratio}`);
  }
  const shifted = product + BASIS_POINTS_PER_UNIT / 2;
  // Subtracting the remainder first keeps the division exact (no float quotient).
  return (shifted - (shifted % BASIS_POINTS_PER_UNIT)) / BASIS_POINTS_PER_UNIT;
}

/** "1234.50" — fen as yuan text with two decimals, no grouping. */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const cents = abs % FEN_PER_YUAN;
  return `${sign}${(abs - cents) / FEN_PER_YUAN}.${cents < 10 ? "0" : ""}${cents}`;
}

/** Fen as a yuan JSON number (1234.5 for 123450 fen); exact to the fen when printed with two decimals. */
export function toYuanNumber(fen: Fen): number {
  return fen / FEN_PER_YUAN;
}

/** "75%" or "7.5%" — basis points as a percentage for explanations. */
export function formatPercent(ratio: BasisPoints): string {
  const whole = Math.floor(ratio / 100);
  const rest = ratio % 100;
  if (rest === 0) return `${whole}%`;
  return `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}%`;
}

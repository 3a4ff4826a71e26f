/**
 * Exact amounts between the steps of a settlement. A ratio's product is kept
 * as an exact number of "units" (1 unit = 1/10 000 fen, so fen × basis points
 * is a whole number of units) and rounded to the fen once, by {@link roundUnits};
 * where a cap or a band limit falls inside a bill, its place is found by exact
 * division (a fraction), never by working back from a rounded payment.
 */
import { BASIS_POINTS_PER_UNIT, type Fen } from "./money";

/** A non-negative fraction n / d of units (d > 0). */
export interface Fraction {
  n: bigint;
  d: bigint;
}

const UNITS_PER_FEN = BigInt(BASIS_POINTS_PER_UNIT);
const UNITS_PER_FEN_NUMBER = BASIS_POINTS_PER_UNIT;

export function fraction(n: bigint | number, d: bigint | number = 1n): Fraction {
  return { n: BigInt(n), d: BigInt(d) };
}

export const ZERO: Fraction = { n: 0n, d: 1n };

export function add(a: Fraction, b: Fraction): Fraction {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

export function mulInt(a: Fraction, k: bigint | number): Fraction {
  return { n: a.n * BigInt(k), d: a.d };
}

export function divInt(a: Fraction, k: bigint | number): Fraction {
  return { n: a.n, d: a.d * BigInt(k) };
}

export function compare(a: Fraction, b: Fraction): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function min(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) >= 0 ? a : b;
}

/** Fen as a fraction of units. */
export function fenToUnits(fen: Fen): Fraction {
  return { n: BigInt(fen) * UNITS_PER_FEN, d: 1n };
}

/** A fraction of fen (e.g. a place inside a bill) as a fraction of units. */
export function unitsOfFen(amount: Fraction): Fraction {
  return { n: amount.n * UNITS_PER_FEN, d: amount.d };
}

/** Units rounded half up to the fen — the one rounding rule (cf. mulRatio). */
export function roundUnits(units: Fraction): Fen {
  // floor(x + 1/2) for x = n / (d · 10 000), n ≥ 0 or negative alike.
  const denominator = units.d * UNITS_PER_FEN;
  const numerator = 2n * units.n + denominator;
  const twice = 2n * denominator;
  let quotient = numerator / twice;
  if (numerator % twice !== 0n && numerator < 0n) quotient -= 1n;
  return Number(quotient);
}

/** A whole (safe-integer) number of units rounded half up to the fen, in plain integers. */
export function roundUnitsWhole(units: number): Fen {
  const shifted = units + UNITS_PER_FEN_NUMBER / 2;
  // floor(shifted / 10 000), exact: subtract the (non-negative) remainder before dividing.
  const remainder = ((shifted % UNITS_PER_FEN_NUMBER) + UNITS_PER_FEN_NUMBER) % UNITS_PER_FEN_NUMBER;
  return (shifted - remainder) / UNITS_PER_FEN_NUMBER;
}

/** A fraction of fen rounded half up to the fen. */
export function roundFen(amount: Fraction): Fen {
  return roundUnits(unitsOfFen(amount));
}

/**
 * The basic fund's ratio as a running total along an axis (policy-facts §1.3):
 * the fund's exact cumulative payment Φ(x) at a position x of the year's (or
 * the admission's) policy-scope amount. A bill covering [a, b] is paid
 * round(Φ(b)) − round(Φ(a)): the pieces of a bill split into several visits add
 * up to what the whole bill pays, and a cap or band limit inside a bill is found
 * exactly by inverting Φ (docs/estimate-contract.md, "Rounding").
 *
 * Bands are on the policy-scope amount (limits are positions on the axis) or on
 * the fund's cumulative payment (limits are values of Φ, turned into positions
 * through the row's own ratios).
 */
import { type Fraction, add, compare, divInt, fenToUnits, fraction, mulInt, roundUnits, roundUnitsWhole, sub } from "./exact";
import type { BasisPoints, Fen } from "./money";


export interface AxisBand {
  /** Upper limit (fen): a position (policy-scope bands) or a fund total (fund bands); null = no end. */
  upTo: Fen | null;
  ratio: BasisPoints;
}

export interface AxisPortion {
  from: Fraction;
  to: Fraction;
  ratio: BasisPoints;
  bandFrom?: Fen | undefined;
  bandUpTo?: Fen | null | undefined;
}

export interface RatioAxis {
  /** Φ(x) in units (1/10 000 fen) at a position in fen (whole or a fraction). */
  at(x: Fraction): Fraction;
  /** round(Φ(x)) to the fen — the same as roundUnits(at(x)), without fractions where x and the axis are whole. */
  roundedAt(x: Fraction): Fen;
  /** The first position where Φ reaches `units`, or null when it never does. */
  reach(units: Fraction): Fraction | null;
  /** The parts of [a, b] with one ratio each (one part for an unbanded ratio). */
  portions(a: Fraction, b: Fraction): AxisPortion[];
}

interface Segment {
  /** Position where the segment starts and Φ there (units). */
  start: Fraction;
  value: Fraction;
  ratio: BasisPoints;
  bandFrom?: Fen | undefined;
  bandUpTo?: Fen | null | undefined;
}

/** An axis made of straight segments; the first extends to the left of 0, the last to the right. */
function segmentAxis(segments: Segment[]): RatioAxis {
  // Whole-fen starts and whole-unit values let a whole-fen position be computed in plain integers.
  const whole = segments.every((segment) => segment.start.d === 1n && segment.value.d === 1n);
  const starts = whole ? segments.map((segment) => Number(segment.start.n)) : [];
  const values = whole ? segments.map((segment) => Number(segment.value.n)) : [];
  const roundedAtWhole = (x: number): Fen | undefined => {
    let index = 0;
    for (let i = 1; i < starts.length; i++) {
      if ((starts[i] as number) <= x) index = i;
      else break;
    }
    const units = (values[index] as number) + (x - (starts[index] as number)) * (segments[index] as Segment).ratio;
    return Number.isSafeInteger(units) ? roundUnitsWhole(units) : undefined;
  };
  const segmentAt = (x: Fraction): Segment => {
    let found = segments[0] as Segment;
    for (const segment of segments) {
      if (compare(segment.start, x) <= 0) found = segment;
      else break;
    }
    return found;
  };
  const valueAt = (x: Fraction): Fraction => {
    const segment = segmentAt(x);
    return add(segment.value, mulInt(sub(x, segment.start), segment.ratio));
  };
  return {
    at: valueAt,
    roundedAt(x) {
      if (whole && x.d === 1n) {
        const rounded = roundedAtWhole(Number(x.n));
        if (rounded !== undefined) return rounded;
      }
      return roundUnits(valueAt(x));
    },
    reach(units) {
      for (let i = 0; i < segments.length; i++) {
        const segment = segments[i] as Segment;
        const next = segments[i + 1];
        const endValue = next ? next.value : undefined;
        if (endValue && compare(endValue, units) < 0) continue;
        // The first segment also runs to the left of its start (negative positions).
        if (i > 0 && compare(segment.value, units) >= 0) return segment.start;
        if (segment.ratio === 0) {
          if (compare(segment.value, units) >= 0) return segment.start;
          continue;
        }
        return add(segment.start, divInt(sub(units, segment.value), segment.ratio));
      }
      return null;
    },
    portions(a, b) {
      const parts: AxisPortion[] = [];
      for (let i = 0; i < segments.length; i++) {
        const segment = segments[i] as Segment;
        const next = segments[i + 1];
        const from = i === 0 ? a : compare(segment.start, a) > 0 ? segment.start : a;
        const to = next && compare(next.start, b) < 0 ? next.start : b;
        if (compare(to, from) > 0) parts.push({ from, to, ratio: segment.ratio, bandFrom: segment.bandFrom, bandUpTo: segment.bandUpTo });
      }
      if (parts.length === 0) {
        const segment = segmentAt(a);
        parts.push({ from: a, to: a, ratio: segment.ratio, bandFrom: segment.bandFrom, bandUpTo: segment.bandUpTo });
      }
      return parts;
    },
  };
}

const reduced = (ratio: BasisPoints, reduction: BasisPoints) => Math.max(0, ratio - reduction);

/** One ratio for the whole axis. */
export function flatAxis(ratio: BasisPoints): RatioAxis {
  return segmentAxis([{ start: fraction(0), value: fraction(0), ratio }]);
}

/** Bands whose limits are positions on the policy-scope axis. */
export function scopeBandAxis(bands: ReadonlyArray<AxisBand>, reduction: BasisPoints): RatioAxis {
  const segments: Segment[] = [];
  let start = 0;
  let value = fraction(0);
  for (const band of bands) {
    const ratio = reduced(band.ratio, reduction);
    segments.push({ start: fraction(start), value, ratio, bandFrom: start, bandUpTo: band.upTo });
    if (band.upTo === null) break;
    const end = Math.max(start, band.upTo);
    value = add(value, fraction((end - start) * ratio));
    start = end;
  }
  return segmentAxis(segments);
}

/**
 * Bands whose limits are amounts of the fund's cumulative payment: band j ends
 * where Φ reaches its limit, at position start + (limit − Φ(start)) / ratio.
 * A band with ratio 0 never ends.
 */
export function fundBandAxis(bands: ReadonlyArray<AxisBand>, reduction: BasisPoints): RatioAxis {
  const segments: Segment[] = [];
  let start = fraction(0);
  let paid = 0;
  for (const band of bands) {
    const ratio = reduced(band.ratio, reduction);
    segments.push({ start, value: fenToUnits(paid), ratio, bandFrom: paid, bandUpTo: band.upTo });
    if (band.upTo === null || ratio === 0) break;
    const limit = Math.max(paid, band.upTo);
    // Φ grows by `ratio` units per fen: the limit is reached (limit − paid) × 10 000 / ratio fen later.
    start = add(start, fraction((limit - paid) * 10_000, ratio));
    paid = limit;
  }
  return segmentAxis(segments);
}


/**
 * Splitting an amount over bands of a cumulative base — banded fund ratios on
 * the year's policy-scope amount (policy-facts §1.3) and critical-illness
 * segments on the year's burden (§1.5). A band crossed within one bill splits
 * the bill's amount between the bands.
 */
import type { BasisPoints, Fen } from "./money";

export interface BandLimit {
  upTo: Fen | null;
  ratio: BasisPoints;
}

export interface Portion {
  length: Fen;
  ratio: BasisPoints;
  /** The band's lower and upper end on the cumulative base (undefined for an unbanded ratio). */
  bandFrom?: Fen | undefined;
  bandUpTo?: Fen | null | undefined;
}

/**
 * The parts of [start, start + length) that fall into each band; the first band
 * begins at `floor` (0 for fund ratios, the threshold for critical illness).
 */
export function splitOverBands(start: Fen, length: Fen, bands: ReadonlyArray<BandLimit>, floor: Fen): Portion[] {
  const portions: Portion[] = [];
  const end = start + length;
  let lower = floor;
  for (const band of bands) {
    const upper = band.upTo ?? Number.POSITIVE_INFINITY;
    if (upper > lower) {
      const from = Math.max(start, lower);
      const to = Math.min(end, upper);
      if (to > from) portions.push({ length: to - from, ratio: band.ratio, bandFrom: lower, bandUpTo: band.upTo });
    }
    lower = Math.max(lower, upper);
    if (lower >= end) break;
  }
  return portions;
}

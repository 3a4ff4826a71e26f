/** Integer fen and basis points: parsing through decimal text and the one rounding rule. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatYuan, mulRatio, parseRatio, parseYuan, toYuanNumber } from "@/lib/reimbursement";
import { fraction, roundFen, roundUnits, roundUnitsWhole } from "@/lib/reimbursement/exact";
import { formatPercent } from "@/lib/reimbursement/money";

describe("parseYuan", () => {
  test.each([
    { label: "JSON number with two decimals", input: 86.4, expected: 8640 },
    { label: "string with two decimals", input: "86.40", expected: 8640 },
    { label: "whole yuan", input: 700, expected: 70000 },
    { label: "one fen", input: "0.01", expected: 1 },
    { label: "zero", input: 0, expected: 0 },
    { label: "a float sum that is not two decimals", input: 0.1 + 0.2, expected: "too_many_decimals" },
    { label: "three decimals", input: "1.005", expected: "too_many_decimals" },
    { label: "negative", input: -1, expected: "negative" },
    { label: "NaN", input: Number.NaN, expected: "not_a_number" },
    { label: "infinity", input: Number.POSITIVE_INFINITY, expected: "not_a_number" },
    { label: "exponent", input: 1e21, expected: "not_a_number" },
    { label: "grouping", input: "1,000.00", expected: "not_a_number" },
    { label: "empty string", input: "", expected: "not_a_number" },
    { label: "spaces", input: " 1.00", expected: "not_a_number" },
  ])("$label", ({ input, expected }) => {
    const parsed = parseYuan(input);
    if (typeof expected === "number") expect(parsed).toEqual({ ok: true, value: expected });
    else expect(parsed).toEqual({ ok: false, problem: expected });
  });

  test("every fen amount survives yuan text and yuan numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toEqual({ ok: true, value: fen });
        expect(parseYuan(toYuanNumber(fen))).toEqual({ ok: true, value: fen });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseRatio", () => {
  test.each([
    { input: 0.75, expected: 7500 },
    { input: "0.075", expected: 750 },
    { input: 1, expected: 10000 },
    { input: 0, expected: 0 },
    { input: 0.12345, expected: undefined },
    { input: 1.5, expected: undefined },
    { input: -0.1, expected: undefined },
  ])("$input", ({ input, expected }) => {
    const parsed = parseRatio(input);
    expect(parsed.ok ? parsed.value : undefined).toBe(expected);
  });
});

describe("mulRatio rounds half up to the fen", () => {
  test.each([
    { fen: 30000, ratio: 7500, expected: 22500 },
    { fen: 18840, ratio: 7500, expected: 14130 },
    { fen: 2, ratio: 7500, expected: 2 },
    { fen: 1, ratio: 5000, expected: 1 },
    { fen: 1, ratio: 4999, expected: 0 },
    { fen: 3, ratio: 1500, expected: 0 },
    { fen: 0, ratio: 10000, expected: 0 },
    { fen: 900_000_000_000, ratio: 10000, expected: 900_000_000_000 },
  ])("$fen × $ratio", ({ fen, ratio, expected }) => {
    expect(mulRatio(fen, ratio)).toBe(expected);
  });

  test("matches exact integer arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), fc.integer({ min: 0, max: 10000 }), (fen, ratio) => {
        const exact = (BigInt(fen) * BigInt(ratio) * 2n + 10000n) / 20000n;
        expect(mulRatio(fen, ratio)).toBe(Number(exact));
      }),
      { numRuns: 2000 },
    );
  });

  test("roundUnits rounds an exact fraction half up to the fen, as mulRatio does a product", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 1, max: 10000 }), (fen, ratio, divisor) => {
        // fen × ratio units, and the same divided by a ratio (a place inside a bill).
        expect(roundUnits(fraction(BigInt(fen) * BigInt(ratio)))).toBe(mulRatio(fen, ratio));
        const place = fraction(BigInt(fen) * 10000n, divisor);
        const twice = (BigInt(fen) * 10000n * 2n + BigInt(divisor)) / (2n * BigInt(divisor));
        expect(roundFen(place)).toBe(Number(twice));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000_000 }), (units) => {
        expect(roundUnitsWhole(units)).toBe(roundUnits(fraction(units)));
      }),
      { numRuns: 2000 },
    );
    expect(roundUnits(fraction(-5000))).toBe(0);
    expect(roundUnits(fraction(-5001))).toBe(-1);
  });

  test("refuses products beyond exact integers", () => {
    expect(() => mulRatio(Number.MAX_SAFE_INTEGER, 10000)).toThrow(RangeError);
  });
});

test.each([
  { fen: 0, text: "0.00" },
  { fen: 5, text: "0.05" },
  { fen: 14130, text: "141.30" },
  { fen: 1700000, text: "17000.00" },
])("formatYuan($fen) = $text", ({ fen, text }) => {
  expect(formatYuan(fen)).toBe(text);
});

test.each([
  { ratio: 7500, text: "75%" },
  { ratio: 750, text: "7.5%" },
  { ratio: 1234, text: "12.34%" },
])("formatPercent($ratio) = $text", ({ ratio, text }) => {
  expect(formatPercent(ratio)).toBe(text);
});

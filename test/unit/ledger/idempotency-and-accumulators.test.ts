import { describe, expect, test } from "vitest";
import { accumulatorDifferences, combineAccumulators, hasNegativeFigure, settlementIncrement } from "@/lib/ledger/accumulators";
import { canonicalJson, isUniqueViolation, requestHash } from "@/lib/ledger/idempotency";
import { settleInputSchema, type SettleInput } from "@/lib/ledger/settle-input";
import { type Accumulators, emptyAccumulators } from "@/lib/reimbursement";

const input: SettleInput = {
  personId: "5d0b0b1e-6a3e-4c57-9f0a-0e2c3b1d4a55",
  facilityId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  visit: { kind: "general_outpatient" },
  lines: [{ name: "诊查费", itemClass: "A", amountFen: 1_000 }],
  idempotencyKey: "k1",
  useAccount: true,
  serviceDate: "2026-06-15",
  now: new Date("2026-06-15T04:00:00Z"),
};

describe("idempotency", () => {
  test("the canonical JSON ignores key order and undefined fields", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  test("a retry later is the same request; a changed amount is not", () => {
    const first = requestHash(settleInputSchema.parse(input));
    expect(requestHash(settleInputSchema.parse({ ...input, now: new Date("2026-06-15T05:00:00Z") }))).toBe(first);
    expect(requestHash(settleInputSchema.parse({ ...input, lines: [{ name: "诊查费", itemClass: "A", amountFen: 1_001 }] }))).not.toBe(first);
  });

  test("unique violations are recognised through the ORM's wrapper and by constraint", () => {
    const pgError = { code: "23505", constraint: "settlements_idempotency_key", message: "duplicate key" };
    const wrapped = { message: "Failed query", cause: pgError };
    expect(isUniqueViolation(wrapped, "settlements_idempotency_key")).toBe(true);
    expect(isUniqueViolation(wrapped, "settlement_reversals_pkey")).toBe(false);
    expect(isUniqueViolation({ code: "23503" })).toBe(false);
    expect(isUniqueViolation(new Error("x"))).toBe(false);
  });
});

describe("accumulator arithmetic", () => {
  const before: Accumulators = { ...emptyAccumulators(), deductiblePaid: { general_outpatient: 50_000 }, fundPaid: { general_outpatient: 0 } };
  const after: Accumulators = {
    ...emptyAccumulators(),
    deductiblePaid: { general_outpatient: 70_000 },
    policyScopeAmount: { general_outpatient: 100_000 },
    fundPaid: { general_outpatient: 22_500 },
    assistancePaid: { general_outpatient: 100 },
  };

  test("a settlement's increment, added and subtracted again, leaves the figures as they were", () => {
    const increment = settlementIncrement(before, after);
    expect(increment.deductiblePaid).toEqual({ general_outpatient: 20_000 });
    expect(increment.fundPaid).toEqual({ general_outpatient: 22_500 });
    const restored = combineAccumulators(after, increment, -1);
    expect(accumulatorDifferences(before, restored)).toEqual([]);
    expect(hasNegativeFigure(restored)).toBe(false);
    expect(hasNegativeFigure(combineAccumulators(before, increment, -1))).toBe(true);
  });

  test("differences name the figure, treating missing as zero", () => {
    expect(accumulatorDifferences(after, { ...after, fundPaid: {} })).toEqual([{ figure: "fundPaid.general_outpatient", expected: 22_500, actual: 0 }]);
  });
});

/** The fen-domain core a ledger calls: fen in, fen out, accumulators carried. */
import { describe, expect, test } from "vitest";
import { type Accumulators, type SettlementInput, computeSettlement, emptyAccumulators, getPolicy, policyVersionOn } from "@/lib/reimbursement";

function shipped(id: string) {
  const policy = getPolicy(id);
  if (!policy) throw new Error(`${id} missing`);
  return policy;
}

const sanming = shipped("CN-350400");

function sm1(accumulators?: Partial<Accumulators>): SettlementInput {
  return {
    policy: sanming,
    serviceDate: "2023-06-01",
    person: { insurance: "employee", status: "active", assistance: "none" },
    visit: { kind: "general_outpatient", facilityLevel: 2, crossRegion: "none" },
    lines: [{ itemClass: "A", amount: 100_000 }],
    accumulators,
  };
}

describe("computeSettlement", () => {
  test("SM-1 in fen", () => {
    const result = computeSettlement(sm1());
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    expect(result.settlement.amounts).toMatchObject({ medfee_sumamt: 100_000, act_pay_dedc: 70_000, hifp_pay: 22_500, psn_part_amt: 77_500 });
    expect(result.settlement.bucket).toBe("general_outpatient");
    expect(result.settlement.accumulatorsAfter).toEqual({
      ...emptyAccumulators(),
      deductiblePaid: { general_outpatient: 70_000 },
      policyScopeAmount: { general_outpatient: 100_000 },
      fundPaid: { general_outpatient: 22_500 },
    });
  });

  test("a ledger chains accumulatorsAfter; the input accumulators are not changed", () => {
    const first = computeSettlement(sm1());
    if (!first.ok) expect.fail("first");
    const before = first.settlement.accumulatorsAfter;
    const snapshot = structuredClone(before);
    const second = computeSettlement(sm1(before));
    if (!second.ok) expect.fail("second");
    expect(before).toEqual(snapshot);
    expect(second.settlement.amounts).toMatchObject({ act_pay_dedc: 0, hifp_pay: 75_000 });
    expect(second.settlement.accumulatorsAfter.fundPaid).toEqual({ general_outpatient: 97_500 });
  });

  test("a date before the policy is an issue, not an exception", () => {
    expect(computeSettlement({ ...sm1(), serviceDate: "2000-01-01" })).toEqual({ ok: false, issues: [expect.objectContaining({ path: "serviceDate", code: "no_policy_version" })] });
  });

  test("versions are resolved once per policy and change date", () => {
    expect(policyVersionOn(sanming, "2023-01-05")).toBe(policyVersionOn(sanming, "2024-07-01"));
    expect(policyVersionOn(sanming, "2021-12-31")).not.toBe(policyVersionOn(sanming, "2022-01-01"));
  });
});

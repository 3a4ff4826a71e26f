/**
 * Table tests of what follows the basic fund: large-amount benefit, critical
 * illness insurance, medical assistance, the personal account and family
 * mutual aid. Each row: label, date, input, expected.
 */
import { describe, expect, test } from "vitest";
import { estimate } from "@/lib/reimbursement";
import { benefit, dated, policy, request, rules, settle } from "./helpers";

const residentInpatient = benefit({
  id: "inpatient",
  bucket: "inpatient",
  visitKinds: ["inpatient", "general_outpatient"],
  deductible: [dated({ basis: "admission", amounts: [{ amount: 1000 }] })],
  ratio: [dated({ rows: [{ ratio: 0.7 }] })],
  cap: [dated({ rows: [{ amount: null }] })],
});

const withSupport = policy({
  benefits: [residentInpatient],
  criticalIllness: [
    dated({
      insurance: ["resident"],
      visitKinds: ["inpatient"],
      threshold: 12000,
      segments: [{ upTo: 100000, ratio: 0.6 }, { upTo: null, ratio: 0.7 }],
      annualCap: 30000,
      lowIncome: { groups: ["subsistence", "extreme_poverty"], thresholdFactor: 0.5, ratioIncrease: 0.05, noCap: true },
    }),
  ],
  assistance: [
    dated({
      groups: { extreme_poverty: { threshold: 0, ratio: 1 }, subsistence: { threshold: 0, ratio: 0.8 }, near_subsistence: { threshold: 3000, ratio: 0.7 } },
      visitKinds: ["inpatient", "general_outpatient"],
      annualLimit: 100000,
      limitsByVisitKind: [{ visitKinds: ["general_outpatient"], limit: 10000 }],
    }),
  ],
});

const resident = (assistance: string) => ({ insurance: "resident", assistance });
const admission = { kind: "inpatient", facilityLevel: 3 };
const bill50k = [{ class: "A", amount: 50000 }];

describe("critical illness insurance, then medical assistance", () => {
  // Bill 50 000: deductible 1 000, basic fund 49 000 × 70 % = 34 300, burden 15 700.
  test.each([
    { label: "no assistance group: threshold 12 000 at 60 %", person: resident("none"), accumulators: {}, expected: { hifp_pay: 34300, hifmi_pay: 2220, maf_pay: 0, psn_part_amt: 13480 } },
    { label: "subsistence: threshold halved, +5 points, then 80 % assistance", person: resident("subsistence"), accumulators: {}, expected: { hifp_pay: 34300, hifmi_pay: 6305, maf_pay: 7516, fund_pay_sumamt: 48121, psn_part_amt: 1879 } },
    { label: "extreme poverty: assistance pays the rest of the burden", person: resident("extreme_poverty"), accumulators: {}, expected: { hifmi_pay: 6305, maf_pay: 9395, psn_part_amt: 0 } },
    { label: "near subsistence: normal critical illness, assistance above 3 000 at 70 %", person: resident("near_subsistence"), accumulators: {}, expected: { hifmi_pay: 2220, maf_pay: 7336 } },
    { label: "near subsistence with the threshold already met", person: resident("near_subsistence"), accumulators: { assistanceBurden: 3000 }, expected: { hifmi_pay: 2220, maf_pay: 9436 } },
    { label: "assistance annual limit nearly used", person: resident("subsistence"), accumulators: { assistancePaid: { inpatient: 95000 } }, expected: { maf_pay: 5000 } },
    { label: "critical illness cap nearly used", person: resident("none"), accumulators: { criticalIllnessPaid: 29000 }, expected: { hifmi_pay: 1000 } },
    { label: "no cap for the low-income group", person: resident("subsistence"), accumulators: { criticalIllnessPaid: 29000 }, expected: { hifmi_pay: 6305 } },
    { label: "burden already above the threshold", person: resident("none"), accumulators: { criticalIllnessBurden: 20000 }, expected: { hifmi_pay: 9420 } },
    { label: "burden crossing a segment", person: resident("none"), accumulators: { criticalIllnessBurden: 90000 }, expected: { hifmi_pay: 9990 } },
  ])("$label", ({ person, accumulators, expected }) => {
    const response = settle(request({ policy: withSupport, person, visit: admission, items: bill50k, accumulators }));
    expect(response).toMatchObject(expected);
    expect(response.fund_pay_sumamt).toBeCloseTo(response.hifp_pay + response.hifmi_pay + response.maf_pay, 2);
  });

  test("steps come in order: basic fund, critical illness, assistance", () => {
    const response = settle(request({ policy: withSupport, person: resident("subsistence"), visit: admission, items: bill50k }));
    expect(rules(response)).toEqual(["policy_scope", "benefit", "deductible", "fund_ratio", "fund_cap", "critical_illness", "medical_assistance", "cash"]);
    expect(response.accumulatorsAfter).toMatchObject({ criticalIllnessBurden: 15700, criticalIllnessPaid: 6305, assistanceBurden: 9395, assistancePaid: { inpatient: 7516 } });
  });

  test("ordinary outpatient assistance is limited to its own sub-limit", () => {
    const response = settle(
      request({ policy: withSupport, person: resident("extreme_poverty"), visit: { kind: "general_outpatient", facilityLevel: 1 }, items: bill50k, accumulators: { assistancePaid: { general_outpatient: 9000 } } }),
    );
    expect(response.hifmi_pay).toBe(0);
    expect(response.maf_pay).toBe(1000);
  });

  test("employees get no critical illness insurance where it is for residents", () => {
    const response = settle(request({ policy: withSupport, person: { insurance: "employee", status: "active" }, visit: admission, items: bill50k }));
    expect(response.hifmi_pay).toBe(0);
  });
});

describe("employees' large-amount benefit above the basic cap", () => {
  const capped = policy({
    benefits: [benefit({ id: "inpatient", bucket: "inpatient", visitKinds: ["inpatient"], ratio: [dated({ rows: [{ ratio: 0.9 }] })], cap: [dated({ rows: [{ amount: 1000 }] })] })],
    largeAmount: [dated({ insurance: ["employee"], buckets: ["inpatient"], ratio: 0.9, annualCap: 500 })],
  });
  test.each([
    // The cap is reached after 111.11 of the bill (100.00 at 90 %); 888.89 lies above it.
    { label: "cap reached mid-bill", accumulators: { fundPaid: 900 }, expected: { hifp_pay: 100, hifob_pay: 500 } },
    { label: "large-amount cap not binding", accumulators: { fundPaid: 900, largeAmountPaid: 0 }, bill: 300, expected: { hifp_pay: 100, hifob_pay: 170 } },
    { label: "below the basic cap nothing is above it", accumulators: {}, bill: 300, expected: { hifp_pay: 270, hifob_pay: 0 } },
  ])("$label", ({ accumulators, bill, expected }) => {
    const response = settle(request({ policy: capped, visit: { kind: "inpatient", facilityLevel: 2 }, items: [{ class: "A", amount: bill ?? 1000 }], accumulators }));
    expect(response).toMatchObject(expected);
  });
});

describe("personal account and family mutual aid (家庭共济)", () => {
  const sm4Like = [{ class: "A", amount: 86.4 }, { class: "B", amount: 120, selfPayRatio: 0.15 }, { class: "C", amount: 35 }];
  test.each([
    { label: "balance covers the share", person: { insurance: "employee", status: "active" }, account: { balance: 500 }, expected: { acct_pay: 100.1, acct_mulaid_pay: 0, psn_cash_pay: 0, balc: 399.9 } },
    { label: "balance below the share", person: { insurance: "employee", status: "active" }, account: { balance: 50 }, expected: { acct_pay: 50, psn_cash_pay: 50.1, balc: 0 } },
    { label: "account not used", person: { insurance: "employee", status: "active" }, account: { balance: 500, use: false }, expected: { acct_pay: 0, psn_cash_pay: 100.1, balc: 500 } },
    { label: "a relative's account pays a resident's bill", person: { insurance: "resident" }, account: { balance: 80, owner: "family" }, expected: { acct_pay: 80, acct_mulaid_pay: 80, psn_cash_pay: 20.1, balc: 0 } },
    { label: "a relative's account pays an employee's bill", person: { insurance: "employee", status: "retired" }, account: { balance: 300, owner: "family" }, expected: { acct_pay: 100.1, acct_mulaid_pay: 100.1, psn_cash_pay: 0 } },
  ])("$label", ({ person, account, expected }) => {
    const response = settle(request({ policy: policy(), person, visit: { kind: "general_outpatient", facilityLevel: 2 }, items: sm4Like, personalAccount: account }));
    expect(response).toMatchObject(expected);
    expect(response.psn_part_amt).toBeCloseTo(response.acct_pay + response.psn_cash_pay, 2);
  });

  test("a policy may refuse family mutual aid", () => {
    const noMutualAid = policy({ personalAccount: [dated({ paysFullOwnPay: true, paysOverLimit: true, familyMutualAid: false })] });
    const response = settle(request({ policy: noMutualAid, person: { insurance: "resident" }, personalAccount: { balance: 80, owner: "family" } }));
    expect(response).toMatchObject({ acct_pay: 0, acct_mulaid_pay: 0, balc: 80 });
  });

  test("a policy may keep class C and over-limit amounts out of the account", () => {
    const strict = policy({ personalAccount: [dated({ paysFullOwnPay: false, paysOverLimit: false, familyMutualAid: true })] });
    const items = [{ class: "A", amount: 100 }, { class: "C", amount: 35 }, { class: "A", amount: 30, priceCeiling: 20 }];
    const response = settle(request({ policy: strict, items, personalAccount: { balance: 500 } }));
    // Share: 35 C + 10 over the ceiling + 25 % of 120 = 75; the account pays only the 30.
    expect(response).toMatchObject({ psn_part_amt: 75, acct_pay: 30, psn_cash_pay: 45 });
  });

  test("a resident's own account is a validation error", () => {
    const result = estimate(request({ person: { insurance: "resident" }, personalAccount: { balance: 80 } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(["personalAccount.owner"]);
  });
});

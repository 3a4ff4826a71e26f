/**
 * Table tests of the basic fund: deductible and cap crossed within a bill, band
 * boundaries, an empty bill, class C, price ceilings, admissions and referrals.
 * Each row: label, date, input, expected.
 */
import { describe, expect, test } from "vitest";
import type { PolicyInput } from "@/lib/reimbursement";
import { benefit, dated, policy, request, rules, settle } from "./helpers";

const banded = policy({
  benefits: [
    benefit({
      deductible: [dated({ basis: "year", amounts: [{ amount: 0 }] })],
      ratio: [dated({ rows: [{ bands: [{ upTo: 10000, ratio: 0.8 }, { upTo: 30000, ratio: 0.85 }, { upTo: null, ratio: 0.9 }] }] })],
    }),
  ],
});
const bandedWithDeductible = policy({
  benefits: [
    benefit({
      deductible: [dated({ basis: "year", amounts: [{ amount: 1000 }] })],
      ratio: [dated({ rows: [{ bands: [{ upTo: 10000, ratio: 0.8 }, { upTo: 30000, ratio: 0.85 }, { upTo: null, ratio: 0.9 }] }] })],
    }),
  ],
});
const yearly = policy({
  benefits: [benefit({ deductible: [dated({ basis: "year", amounts: [{ amount: 700 }] })], cap: [dated({ rows: [{ amount: 1000 }] })] })],
});

describe("deductible, ratio bands and cap within one bill", () => {
  test.each([
    { label: "deductible crossed mid-bill", date: "2023-06-01", policy: yearly, items: [{ class: "A", amount: 1000 }], accumulators: { deductiblePaid: 500 }, expected: { act_pay_dedc: 200, hifp_pay: 600 } },
    { label: "deductible not reached", date: "2023-06-01", policy: yearly, items: [{ class: "A", amount: 150 }], accumulators: { deductiblePaid: 500 }, expected: { act_pay_dedc: 150, hifp_pay: 0 } },
    { label: "cap crossed mid-bill", date: "2023-06-01", policy: yearly, items: [{ class: "A", amount: 500 }], accumulators: { deductiblePaid: 700, fundPaid: 900 }, expected: { act_pay_dedc: 0, hifp_pay: 100 } },
    { label: "cap already passed", date: "2023-06-01", policy: yearly, items: [{ class: "A", amount: 500 }], accumulators: { deductiblePaid: 700, fundPaid: 1200 }, expected: { act_pay_dedc: 0, hifp_pay: 0 } },
    { label: "bill ending on a band boundary", date: "2023-06-01", policy: banded, items: [{ class: "A", amount: 10000 }], accumulators: {}, expected: { hifp_pay: 8000 } },
    { label: "bill starting on a band boundary", date: "2023-06-01", policy: banded, items: [{ class: "A", amount: 100 }], accumulators: { policyScopeAmount: 10000 }, expected: { hifp_pay: 85 } },
    { label: "band crossed mid-bill", date: "2023-06-01", policy: banded, items: [{ class: "A", amount: 2000 }], accumulators: { policyScopeAmount: 9000 }, expected: { hifp_pay: 1650 } },
    { label: "two bands crossed", date: "2023-06-01", policy: banded, items: [{ class: "A", amount: 30000 }], accumulators: { policyScopeAmount: 5000 }, expected: { hifp_pay: 25500 } },
    { label: "deductible then band crossed", date: "2023-06-01", policy: bandedWithDeductible, items: [{ class: "A", amount: 12000 }], accumulators: {}, expected: { act_pay_dedc: 1000, hifp_pay: 8900 } },
    { label: "half-fen share rounds up", date: "2023-06-01", policy: policy(), items: [{ class: "A", amount: "0.02" }], accumulators: {}, expected: { hifp_pay: 0.02 } },
    { label: "share below half a fen rounds down", date: "2023-06-01", policy: policy(), items: [{ class: "A", amount: "0.01" }], accumulators: {}, expected: { hifp_pay: 0.01 } },
  ])("$label", ({ date, policy: p, items, accumulators, expected }) => {
    const response = settle(request({ policy: p, serviceDate: date, items, accumulators }));
    expect(response).toMatchObject(expected);
  });

  test("a band split shows one ratio step per band", () => {
    const response = settle(request({ policy: banded, items: [{ class: "A", amount: 2000 }], accumulators: { policyScopeAmount: 9000 } }));
    const ratios = response.steps.filter((step) => step.rule === "fund_ratio");
    expect(ratios.map((step) => [step.base, step.amount])).toEqual([
      [1000, 800],
      [1000, 850],
    ]);
  });
});

describe("item level", () => {
  test.each([
    { label: "zero bill (no lines)", items: [], expected: { medfee_sumamt: 0, inscp_scp_amt: 0, act_pay_dedc: 0, fund_pay_sumamt: 0, psn_part_amt: 0, psn_cash_pay: 0 } },
    { label: "all class C", items: [{ class: "C", amount: 80 }, { class: "C", amount: "19.99" }], expected: { medfee_sumamt: 99.99, fulamt_ownpay_amt: 99.99, inscp_scp_amt: 0, act_pay_dedc: 0, fund_pay_sumamt: 0, psn_part_amt: 99.99 } },
    { label: "class B regional share 10 %", items: [{ class: "B", amount: 100 }], expected: { preselfpay_amt: 10, inscp_scp_amt: 90, hifp_pay: 67.5 } },
    { label: "class B item share overrides", items: [{ class: "B", amount: 100, selfPayRatio: "0.2" }], expected: { preselfpay_amt: 20, inscp_scp_amt: 80, hifp_pay: 60 } },
    { label: "class B share rounds half up per line", items: [{ class: "B", amount: "0.05" }, { class: "B", amount: "0.05" }], expected: { preselfpay_amt: 0.02, inscp_scp_amt: 0.08 } },
    { label: "price ceiling: excess paid by the person", items: [{ class: "A", amount: 45, quantity: 2, priceCeiling: 18 }], expected: { overlmt_selfpay: 9, inscp_scp_amt: 36, hifp_pay: 27 } },
    { label: "price ceiling then class B share", items: [{ class: "B", amount: 150, priceCeiling: 100 }], expected: { overlmt_selfpay: 50, preselfpay_amt: 10, inscp_scp_amt: 90 } },
    { label: "price below the ceiling", items: [{ class: "A", amount: 10, priceCeiling: 18 }], expected: { overlmt_selfpay: 0, inscp_scp_amt: 10 } },
  ])("$label", ({ items, expected }) => {
    expect(settle(request({ items }))).toMatchObject(expected);
  });

  test("an all-class-C bill leaves the year's deductible and fund untouched", () => {
    const response = settle(request({ policy: yearly, items: [{ class: "C", amount: 50 }], accumulators: { deductiblePaid: 100 } }));
    expect(response.accumulatorsAfter.deductiblePaid).toEqual({ general_outpatient: 100 });
    expect(response.accumulatorsAfter.fundPaid).toEqual({ general_outpatient: 0 });
  });

  test("steps of a zero bill still end with the cash step", () => {
    expect(rules(settle(request({ items: [] })))).toEqual(["policy_scope", "benefit", "deductible", "fund_ratio", "fund_cap", "cash"]);
  });
});

type DeductibleInput = PolicyInput["benefits"][number]["deductible"][number]["value"];

const inpatient = (deductible: DeductibleInput) =>
  policy({
    benefits: [
      benefit({
        id: "inpatient",
        bucket: "inpatient",
        visitKinds: ["inpatient"],
        deductible: [dated(deductible)],
        ratio: [dated({ rows: [{ ratio: 0.9 }] })],
      }),
    ],
  });
const byLevel: DeductibleInput = {
  basis: "admission",
  amounts: [
    { when: { facilityLevels: [0, 1] }, amount: 200 },
    { when: { facilityLevels: [2] }, amount: 500 },
    { when: { facilityLevels: [3] }, amount: 800 },
  ],
};

describe("per-admission deductibles and referral", () => {
  test.each<{ label: string; visit: Record<string, unknown>; deductible: DeductibleInput; expected: number }>([
    { label: "first admission, level 3", visit: { facilityLevel: 3 }, deductible: byLevel, expected: 800 },
    { label: "referral up pays the difference", visit: { facilityLevel: 3, referralFrom: { facilityLevel: 1, deductiblePaid: 200 } }, deductible: { ...byLevel, onReferral: "pay_difference" }, expected: 600 },
    { label: "referral up after a partly paid deductible", visit: { facilityLevel: 3, referralFrom: { facilityLevel: 2, deductiblePaid: 300 } }, deductible: { ...byLevel, onReferral: "pay_difference" }, expected: 500 },
    { label: "referral down pays nothing", visit: { facilityLevel: 1, referralFrom: { facilityLevel: 3, deductiblePaid: 800 } }, deductible: { ...byLevel, onReferral: "pay_difference" }, expected: 0 },
    { label: "referral to the same level pays nothing", visit: { facilityLevel: 2, referralFrom: { facilityLevel: 2, deductiblePaid: 500 } }, deductible: { ...byLevel, onReferral: "pay_difference" }, expected: 0 },
    { label: "charged again at each hospital", visit: { facilityLevel: 3, referralFrom: { facilityLevel: 1, deductiblePaid: 200 } }, deductible: { ...byLevel, onReferral: "charge_again" }, expected: 800 },
    { label: "schedule 400 / 280 / 200: 2nd admission", visit: { facilityLevel: 1, admissionOfYear: 2 }, deductible: { basis: "admission", amounts: [{ amount: 400 }], admissionSchedule: { kind: "factors", factors: [1, 0.7, 0.5] } }, expected: 280 },
    { label: "schedule 400 / 280 / 200: 3rd admission", visit: { facilityLevel: 1, admissionOfYear: 3 }, deductible: { basis: "admission", amounts: [{ amount: 400 }], admissionSchedule: { kind: "factors", factors: [1, 0.7, 0.5] } }, expected: 200 },
    { label: "schedule 400 / 280 / 200: 5th admission keeps the last", visit: { facilityLevel: 1, admissionOfYear: 5 }, deductible: { basis: "admission", amounts: [{ amount: 400 }], admissionSchedule: { kind: "factors", factors: [1, 0.7, 0.5] } }, expected: 200 },
    { label: "−30 % each time: 3rd admission", visit: { facilityLevel: 1, admissionOfYear: 3 }, deductible: { basis: "admission", amounts: [{ amount: 900 }], admissionSchedule: { kind: "reduction", each: 0.3, floor: 200 } }, expected: 441 },
    { label: "−30 % each time: 5th admission", visit: { facilityLevel: 1, admissionOfYear: 5 }, deductible: { basis: "admission", amounts: [{ amount: 900 }], admissionSchedule: { kind: "reduction", each: 0.3, floor: 200 } }, expected: 216.09 },
    { label: "−30 % each time: floor reached", visit: { facilityLevel: 1, admissionOfYear: 6 }, deductible: { basis: "admission", amounts: [{ amount: 900 }], admissionSchedule: { kind: "reduction", each: 0.3, floor: 200 } }, expected: 200 },
    { label: "per visit: charged on every visit", visit: { facilityLevel: 1 }, deductible: { basis: "visit", amounts: [{ amount: 50 }] }, expected: 50 },
  ])("$label", ({ visit, deductible, expected }) => {
    const response = settle(request({ policy: inpatient(deductible), visit: { kind: "inpatient", ...visit }, items: [{ class: "A", amount: 5000 }], accumulators: { deductiblePaid: 5000 } }));
    expect(response.act_pay_dedc).toBe(expected);
    expect(response.hifp_pay).toBe(Math.round((5000 - expected) * 90) / 100);
  });
});

describe("accumulators carry from one bill to the next", () => {
  test("two bills cross the yearly deductible and the cap as one would", () => {
    const first = settle(request({ policy: yearly, items: [{ class: "A", amount: 600 }] }));
    expect(first).toMatchObject({ act_pay_dedc: 600, hifp_pay: 0 });
    const second = settle(request({ policy: yearly, items: [{ class: "A", amount: 2000 }], accumulators: first.accumulatorsAfter }));
    expect(second).toMatchObject({ act_pay_dedc: 100, hifp_pay: 1000 });
    const third = settle(request({ policy: yearly, items: [{ class: "A", amount: 2000 }], accumulators: second.accumulatorsAfter }));
    expect(third).toMatchObject({ act_pay_dedc: 0, hifp_pay: 0 });
    expect(third.accumulatorsAfter.fundPaid).toEqual({ general_outpatient: 1000 });
  });
});

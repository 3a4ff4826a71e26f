/**
 * Table tests of the rule shapes regions publish (docs/policy-schema.md), each
 * figure checked by hand in the row's label, through the same contract
 * function as the command line.
 */
import { describe, expect, test } from "vitest";
import { type PolicyInput, estimate } from "@/lib/reimbursement";
import { benefit, dated, policy, request, rules, settle } from "./helpers";

type BenefitInput = PolicyInput["benefits"][number];
type DeductibleInput = BenefitInput["deductible"][number]["value"];

const inpatientPolicy = (deductible: DeductibleInput, extra: Partial<PolicyInput> = {}, ratio = 0.9) =>
  policy({
    benefits: [benefit({ id: "inpatient", bucket: "inpatient", visitKinds: ["inpatient"], deductible: [dated(deductible)], ratio: [dated({ rows: [{ ratio }] })] })],
    ...extra,
  });

describe("1. a floor under later admissions' deductibles (×50 %, never below 150)", () => {
  const floored = (first: number): DeductibleInput => ({ basis: "admission", amounts: [{ amount: first }], admissionSchedule: { kind: "factors", factors: [1, 0.5], floor: 150 } });
  test.each([
    { label: "first 400, 2nd admission: 400 × 50 % = 200 (above the floor)", first: 400, admission: 2, deductible: 200, fund: 4320 },
    { label: "first 200, 2nd admission: 200 × 50 % = 100 → floor 150", first: 200, admission: 2, deductible: 150, fund: 4365 },
    { label: "first 200, 5th admission: the last factor repeats, floor 150", first: 200, admission: 5, deductible: 150, fund: 4365 },
    { label: "first 100, 2nd admission: the floor never raises it above the first, 100", first: 100, admission: 2, deductible: 100, fund: 4410 },
    { label: "first 400, 1st admission: 400", first: 400, admission: 1, deductible: 400, fund: 4140 },
  ])("$label", ({ first, admission, deductible, fund }) => {
    // Bill 5 000 at 90 %: fund = (5 000 − deductible) × 90 %.
    const response = settle(request({ policy: inpatientPolicy(floored(first)), visit: { kind: "inpatient", facilityLevel: 2, admissionOfYear: admission }, items: [{ class: "A", amount: 5000 }] }));
    expect(response).toMatchObject({ act_pay_dedc: deductible, hifp_pay: fund });
  });

  test("the explanation names the floor", () => {
    const response = settle(request({ policy: inpatientPolicy(floored(200)), visit: { kind: "inpatient", facilityLevel: 2, admissionOfYear: 2 }, items: [{ class: "A", amount: 5000 }], explain: true }));
    expect(response.explanation?.zh.join("")).toContain("不低于 150.00 元");
    expect(response.explanation?.en.join("")).toContain("not below ¥150.00");
  });
});

describe("2. tiered medical assistance (subsistence: 70 % from 0, then 60 % of what is left above 3 000)", () => {
  const tiered = inpatientPolicy({ basis: "year", amounts: [{ amount: 0 }] }, {
    assistance: [
      dated({
        groups: { subsistence: { threshold: 0, ratio: 0.7, further: [{ threshold: 3000, ratio: 0.6 }] } },
        visitKinds: ["inpatient"],
        annualLimit: null,
      }),
    ],
  }, 0);
  const resident = { insurance: "resident", assistance: "subsistence" };
  test.each([
    { label: "burden 10 000: tier 1 7 000; 3 000 left, not above 3 000 → tier 2 0", amount: 10000, before: 0, maf: 7000, tiers: [7000, 0] },
    { label: "burden 20 000: tier 1 14 000; 6 000 left, 3 000 above → tier 2 1 800", amount: 20000, before: 0, maf: 15800, tiers: [14000, 1800] },
    { label: "second bill of 10 000 after 10 000: tier 1 7 000; left 3 000 → 6 000, tier 2 1 800", amount: 10000, before: 10000, maf: 8800, tiers: [7000, 1800] },
  ])("$label", ({ amount, before, maf, tiers }) => {
    const response = settle(request({ policy: tiered, person: resident, visit: { kind: "inpatient", facilityLevel: 2 }, items: [{ class: "A", amount }], accumulators: { assistanceBurden: before } }));
    expect(response.maf_pay).toBe(maf);
    expect(response.steps.filter((step) => step.rule === "medical_assistance").map((step) => step.amount)).toEqual(tiers);
  });

  test("the second tier is explained as what is left after the first", () => {
    const response = settle(request({ policy: tiered, person: resident, visit: { kind: "inpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 20000 }], explain: true }));
    expect(response.explanation?.zh.some((line) => line.includes("第 2 档") && line.includes("1800.00 元"))).toBe(true);
    expect(response.explanation?.en.some((line) => line.includes("tier 2") && line.includes("¥1800.00"))).toBe(true);
  });
});

describe("3. whether the deductible counts towards the critical-illness burden", () => {
  const critical = (deductibleCounts: boolean | undefined) =>
    inpatientPolicy({ basis: "admission", amounts: [{ amount: 1000 }] }, {
      criticalIllness: [dated({ insurance: ["resident"], visitKinds: ["inpatient"], ...(deductibleCounts === undefined ? {} : { deductibleCounts }), threshold: 2000, segments: [{ upTo: null, ratio: 0.6 }], annualCap: null })],
    }, 0.5);
  // Bill 11 000: deductible 1 000, fund 50 % × 10 000 = 5 000, burden 6 000.
  test.each([
    { label: "counted (default): (6 000 − 2 000) × 60 % = 2 400", counts: undefined, hifmi: 2400, burdenAfter: 6000 },
    { label: "counted: 2 400", counts: true, hifmi: 2400, burdenAfter: 6000 },
    { label: "left out: (5 000 − 2 000) × 60 % = 1 800", counts: false, hifmi: 1800, burdenAfter: 5000 },
  ])("$label", ({ counts, hifmi, burdenAfter }) => {
    const response = settle(request({ policy: critical(counts), person: { insurance: "resident" }, visit: { kind: "inpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 11000 }] }));
    expect(response).toMatchObject({ act_pay_dedc: 1000, hifp_pay: 5000, hifmi_pay: hifmi });
    expect(response.accumulatorsAfter.criticalIllnessBurden).toBe(burdenAfter);
  });
});

describe("4. a deductible taken from the fund's payment, charged per month (fund = amount × 80 % − 50)", () => {
  const monthly = policy({
    diseases: { diabetes: { zh: "糖尿病", en: "Diabetes" } },
    benefits: [
      benefit({
        id: "chronic",
        bucket: "chronic",
        bucketPerDisease: true,
        visitKinds: ["chronic_outpatient"],
        diseases: ["diabetes"],
        deductible: [dated({ basis: "month", appliesTo: "fund_payment", amounts: [{ amount: 50 }] })],
        ratio: [dated({ rows: [{ ratio: 0.8 }] })],
      }),
    ],
  });
  const visit = { kind: "chronic_outpatient", facilityLevel: 1, disease: "diabetes" };
  test.each([
    { label: "300 in June: 240 − 50 = 190", date: "2023-06-10", amount: 300, paid: {}, fund: 190, taken: 50 },
    { label: "300 later in June, 50 already taken: 240", date: "2023-06-20", amount: 300, paid: { "chronic:diabetes@2023-06": 50 }, fund: 240, taken: 0 },
    { label: "300 in July after June's 50: a new month, 190", date: "2023-07-01", amount: 300, paid: { "chronic:diabetes@2023-06": 50 }, fund: 190, taken: 50 },
    { label: "40: 32 − 32 = 0, 32 of the 50 taken", date: "2023-06-10", amount: 40, paid: {}, fund: 0, taken: 32 },
    { label: "100 after 32 taken: 80 − 18 = 62", date: "2023-06-10", amount: 100, paid: { "chronic:diabetes@2023-06": 32 }, fund: 62, taken: 18 },
  ])("$label", ({ date, amount, paid, fund, taken }) => {
    const response = settle(request({ policy: monthly, serviceDate: date, visit, items: [{ class: "A", amount }], accumulators: { deductiblePaid: paid } }));
    expect(response).toMatchObject({ hifp_pay: fund, act_pay_dedc: taken, inscp_scp_amt: amount });
    const key = `chronic:diabetes@${date.slice(0, 7)}`;
    expect(response.accumulatorsAfter.deductiblePaid[key]).toBe(((paid as Record<string, number>)[key] ?? 0) + taken);
  });

  test("a single deductible-paid amount counts for this visit's month", () => {
    const response = settle(request({ policy: monthly, serviceDate: "2023-06-20", visit, items: [{ class: "A", amount: 300 }], accumulators: { deductiblePaid: 50 } }));
    expect(response.hifp_pay).toBe(240);
  });

  test("the explanation says the deductible comes off the fund's payment", () => {
    const response = settle(request({ policy: monthly, visit, items: [{ class: "A", amount: 300 }], explain: true }));
    expect(response.explanation?.zh.join("")).toContain("从统筹基金应付金额中扣除");
    expect(response.explanation?.en.join("")).toContain("taken off the fund's payment");
  });
});

describe("5. separate critical-illness rules for residents and employees in one policy", () => {
  const both = inpatientPolicy({ basis: "year", amounts: [{ amount: 0 }] }, {
    criticalIllness: [
      dated([
        { insurance: ["resident"], visitKinds: ["inpatient"], threshold: 10000, segments: [{ upTo: null, ratio: 0.6 }], annualCap: null },
        { insurance: ["employee"], visitKinds: ["inpatient"], threshold: 20000, segments: [{ upTo: null, ratio: 0.5 }], annualCap: 3000 },
      ]),
    ],
  }, 0);
  test.each([
    { label: "resident, burden 30 000: (30 000 − 10 000) × 60 % = 12 000", person: { insurance: "resident" }, hifmi: 12000 },
    { label: "employee, burden 30 000: (30 000 − 20 000) × 50 % = 5 000 → cap 3 000", person: { insurance: "employee", status: "active" }, hifmi: 3000 },
  ])("$label", ({ person, hifmi }) => {
    const response = settle(request({ policy: both, person, visit: { kind: "inpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 30000 }] }));
    expect(response.hifmi_pay).toBe(hifmi);
  });
});

describe("6. a first self-pay share for care away from home (10 % filed, 40 % unfiled)", () => {
  const firstShare = policy({
    benefits: [benefit({ ratio: [dated({ rows: [{ ratio: 0.8 }] })] })],
    crossRegion: [
      dated({
        filed: { ratioReduction: 0, deductibleIncrease: 0, firstSelfPay: 0.1 },
        unfiled_referral: { ratioReduction: 0, deductibleIncrease: 0, firstSelfPay: 0.4 },
        unfiled_other: { ratioReduction: 0, deductibleIncrease: 0, firstSelfPay: 0.4 },
      }),
    ],
  });
  test.each([
    { label: "at home: 1 000 × 80 % = 800", crossRegion: "none", share: 0, fund: 800 },
    { label: "filed: 100 first, 900 × 80 % = 720", crossRegion: "filed", share: 100, fund: 720 },
    { label: "unfiled: 400 first, 600 × 80 % = 480", crossRegion: "unfiled_other", share: 400, fund: 480 },
  ])("$label", ({ crossRegion, share, fund }) => {
    const response = settle(request({ policy: firstShare, visit: { kind: "general_outpatient", facilityLevel: 1, crossRegion }, items: [{ class: "A", amount: 1000 }] }));
    expect(response).toMatchObject({ preselfpay_amt: share, inscp_scp_amt: 1000 - share, hifp_pay: fund });
    expect(rules(response).includes("cross_region_first_share")).toBe(share > 0);
  });
});

describe("7. bands on the fund's cumulative payment (50 % until the fund has paid 1 000, then 80 %)", () => {
  const fundBands = policy({ benefits: [benefit({ ratio: [dated({ rows: [{ bandsOn: "fund_paid", bands: [{ upTo: 1000, ratio: 0.5 }, { upTo: null, ratio: 0.8 }] }] })] })] });
  test.each([
    { label: "3 000 from nothing: 2 000 × 50 % = 1 000, then 1 000 × 80 % = 800 → 1 800", amount: 3000, accumulators: {}, fund: 1800, parts: [1000, 800] },
    { label: "1 000 after 1 800 (fund 900): 200 × 50 % = 100, 800 × 80 % = 640 → 740", amount: 1000, accumulators: { policyScopeAmount: 1800, fundPaid: 900 }, fund: 740, parts: [100, 640] },
    { label: "1 000 after the fund passed 1 000: 800", amount: 1000, accumulators: { policyScopeAmount: 4000, fundPaid: 2600 }, fund: 800, parts: [800] },
  ])("$label", ({ amount, accumulators, fund, parts }) => {
    const response = settle(request({ policy: fundBands, items: [{ class: "A", amount }], accumulators }));
    expect(response.hifp_pay).toBe(fund);
    expect(response.steps.filter((step) => step.rule === "fund_ratio").map((step) => step.amount)).toEqual(parts);
  });

  test("the explanation says the bands are on the fund's payment", () => {
    const response = settle(request({ policy: fundBands, items: [{ class: "A", amount: 3000 }], explain: true }));
    expect(response.explanation?.zh.join("")).toContain("统筹基金累计支付");
    expect(response.explanation?.en.join("")).toContain("fund's running payment");
  });
});

describe("8. a listed item settled by its own share (implant: the person 50 %, the fund the rest)", () => {
  const implant = policy({
    benefits: [benefit({ deductible: [dated({ basis: "year", amounts: [{ amount: 800 }] })], ratio: [dated({ rows: [{ ratio: 0.8 }] })], cap: [dated({ rows: [{ amount: 5100 }] })] })],
    settledItems: [dated([{ id: "implant", label: { zh: "人工关节", en: "Joint implant" }, codes: ["C0001"], personalShare: 0.5 }])],
  });
  test("implant 10 000 + class A 1 000: person 5 000 first; fund 5 000 + (1 000 − 800) × 80 % = 5 160, cut at the cap 5 100", () => {
    const response = settle(request({ policy: implant, items: [{ code: "C0001", class: "B", amount: 10000 }, { class: "A", amount: 1000 }] }));
    expect(response).toMatchObject({ preselfpay_amt: 5000, inscp_scp_amt: 6000, act_pay_dedc: 800, hifp_pay: 5100 });
    // The implant does not count towards the running total the deductible and bands use.
    expect(response.accumulatorsAfter.policyScopeAmount).toEqual({ general_outpatient: 1000 });
  });

  test("without the cap: 5 160, and the step explains the share", () => {
    const uncapped = { ...implant, benefits: [benefit({ deductible: [dated({ basis: "year", amounts: [{ amount: 800 }] })], ratio: [dated({ rows: [{ ratio: 0.8 }] })] })] };
    const response = settle(request({ policy: uncapped, items: [{ code: "C0001", class: "B", amount: 10000 }, { class: "A", amount: 1000 }], explain: true }));
    expect(response.hifp_pay).toBe(5160);
    expect(response.explanation?.zh.join("")).toContain("不再计算起付线和报销比例");
  });
});

describe("9. the current-year account pays first, then the deductible, then the pooled fund (dated)", () => {
  const accountFirst = policy({
    benefits: [
      benefit({
        insurance: ["employee"],
        deductible: [dated({ basis: "year", amounts: [{ amount: 1500 }] })],
        ratio: [dated({ rows: [{ ratio: 0.7 }] })],
        currentYearAccountFirst: [dated(true, "2001-01-01"), dated(false, "2023-01-01")],
      }),
    ],
    classBSelfPayShare: [dated(0.1, "2001-01-01")],
  });
  const bill = { policy: accountFirst, items: [{ class: "A", amount: 2000 }], personalAccount: { balance: 1000, currentYearBalance: 300 } };
  test("2022: the year's credit pays 300, the deductible takes 1 500, the fund 200 × 70 % = 140; earlier years' 700 pays on, cash 860", () => {
    const response = settle(request({ ...bill, serviceDate: "2022-06-01" }));
    expect(response).toMatchObject({ act_pay_dedc: 1500, hifp_pay: 140, acct_pay: 1000, psn_cash_pay: 860 });
    expect(rules(response).slice(0, 4)).toEqual(["policy_scope", "benefit", "account_segment", "deductible"]);
  });

  test("2023, after the rule was dropped: deductible 1 500, fund 500 × 70 % = 350", () => {
    const response = settle(request({ ...bill, serviceDate: "2023-06-01" }));
    expect(response).toMatchObject({ act_pay_dedc: 1500, hifp_pay: 350, acct_pay: 1000, psn_cash_pay: 650 });
    expect(rules(response)).not.toContain("account_segment");
  });

  test("this year's credit above the balance is refused", () => {
    const response = estimateIssues(request({ ...bill, personalAccount: { balance: 100, currentYearBalance: 300 } }));
    expect(response).toContainEqual(expect.objectContaining({ path: "personalAccount.currentYearBalance", code: "amount_too_large" }));
  });
});

/** The banded ratio policy-facts §1.3 quotes from public documents: 80 % up to 10 000, 85 % to 30 000, 90 % above. */
describe("banding basis: the year's running total or each admission (80 % to 10 000, 85 % to 30 000, 90 % above)", () => {
  const banded = (bandBasis: "year" | "admission" | undefined) =>
    policy({
      benefits: [
        benefit({
          id: "inpatient",
          bucket: "inpatient",
          visitKinds: ["inpatient"],
          ratio: [dated({ rows: [{ bands: [{ upTo: 10000, ratio: 0.8 }, { upTo: 30000, ratio: 0.85 }, { upTo: null, ratio: 0.9 }], ...(bandBasis ? { bandBasis } : {}) }] })],
        }),
      ],
    });
  test.each([
    { label: "year (default), 20 000 already this year: 5 000 × 85 % = 4 250", basis: undefined, fund: 4250 },
    { label: "year: 4 250", basis: "year" as const, fund: 4250 },
    { label: "admission: the bands restart, 5 000 × 80 % = 4 000", basis: "admission" as const, fund: 4000 },
  ])("$label", ({ basis, fund }) => {
    const response = settle(request({ policy: banded(basis), visit: { kind: "inpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 5000 }], accumulators: { policyScopeAmount: 20000 } }));
    expect(response.hifp_pay).toBe(fund);
  });

  test("admission: 12 000 in one admission crosses its own band — 10 000 × 80 % + 2 000 × 85 % = 9 700", () => {
    const response = settle(request({ policy: banded("admission"), visit: { kind: "inpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 12000 }], accumulators: { policyScopeAmount: 50000 } }));
    expect(response.hifp_pay).toBe(9700);
  });

  test("year: 12 000 after 25 000 crosses 30 000 — 5 000 × 85 % + 7 000 × 90 % = 10 550", () => {
    const response = settle(request({ policy: banded("year"), visit: { kind: "inpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 12000 }], accumulators: { policyScopeAmount: 25000 } }));
    expect(response.hifp_pay).toBe(10550);
  });
});

function estimateIssues(raw: unknown) {
  const result = estimate(raw);
  return result.ok ? [] : result.issues;
}

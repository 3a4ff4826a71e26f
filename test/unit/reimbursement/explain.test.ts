/** Notes and explanations in Chinese and English. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { estimate } from "@/lib/reimbursement";
import { caseArbitrary, findGeneratedPolicy } from "./arbitraries";
import { request, settle } from "./helpers";

const sm4 = {
  policy: "CN-350400",
  person: { insurance: "employee", status: "active" },
  visit: { kind: "general_outpatient", facilityLevel: 2 },
  items: [{ class: "A", amount: 86.4 }, { class: "B", amount: 120, selfPayRatio: 0.15 }, { class: "C", amount: 35 }],
  accumulators: { deductiblePaid: 700 },
  personalAccount: { balance: 500 },
};

describe("explanations", () => {
  test("notes are in Chinese by default and in English on request", () => {
    const zh = settle(request(sm4));
    const en = settle(request({ ...sm4, locale: "en" }));
    expect(zh.steps.find((step) => step.rule === "fund_ratio")?.note).toBe("起付线以上 188.40 元按 75% 支付 141.30 元");
    expect(en.steps.find((step) => step.rule === "fund_ratio")?.note).toBe("Above the deductible, ¥188.40 at 75%: ¥141.30");
    expect(zh.explanation).toBeUndefined();
  });

  test("explain: true adds a summary and one line per step in both languages", () => {
    const response = settle(request({ ...sm4, explain: true }));
    expect(response.explanation?.zh).toHaveLength(response.steps.length + 1);
    expect(response.explanation?.en).toHaveLength(response.steps.length + 1);
    expect(response.explanation?.zh[0]).toBe("总费用 241.40 元：基金支付 141.30 元，个人负担 100.10 元（个人账户 100.10 元，现金 0.00 元）");
    expect(response.explanation?.en[0]).toBe("Bill ¥241.40: the funds pay ¥141.30, the person ¥100.10 (personal account ¥100.10, cash ¥0.00)");
  });

  test("every step names the source of its rule where one applies", () => {
    const response = settle(request(sm4));
    for (const rule of ["deductible", "fund_ratio", "fund_cap"]) {
      expect(response.steps.find((step) => step.rule === rule)?.source).toContain("明医保函〔2023〕20号");
    }
  });

  test("the explanation of a split band and a capped fund reads in order", () => {
    const result = estimate(request({ ...sm4, accumulators: { deductiblePaid: 700, fundPaid: 16950 }, explain: true }));
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    expect(result.response.explanation?.en).toContain("Annual cap ¥17000.00, already paid this year ¥16950.00; the pooled fund pays ¥50.00");
  });
});

describe("every step of every rule shape reads in both languages", () => {
  test("over random policies using every shape: one line per step in zh and en, no empty or undefined text", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(caseArbitrary, (generated) => {
        const result = estimate({ ...generated.request, explain: true }, { findPolicy: findGeneratedPolicy });
        if (!result.ok) return;
        const { zh, en } = result.response.explanation ?? { zh: [], en: [] };
        expect(zh).toHaveLength(result.response.steps.length + 1);
        expect(en).toHaveLength(result.response.steps.length + 1);
        for (const line of [...zh, ...en]) {
          expect(line.length).toBeGreaterThan(3);
          expect(line).not.toMatch(/undefined|NaN|null|\[object/);
        }
        for (const step of result.settlement.steps) {
          seen.add(step.rule);
          if (step.rule === "fund_ratio" && step.bandsOn === "fund_paid") seen.add("bands on the fund's payment");
          if (step.rule === "fund_ratio" && step.bandBasis === "admission") seen.add("bands per admission");
          if (step.rule === "deductible" && step.floor !== undefined) seen.add("deductible floor");
          if (step.rule === "deductible" && step.basis === "month") seen.add("monthly deductible");
          if (step.rule === "deductible" && step.appliesTo === "fund_payment") seen.add("deductible from the fund's payment");
          if (step.rule === "critical_illness" && step.deductibleExcluded === true) seen.add("critical illness without the deductible");
          if (step.rule === "medical_assistance" && (step.tier ?? 1) > 1) seen.add("assistance tier 2");
        }
      }),
      { numRuns: 1500 },
    );
    // The random policies reach the new steps too.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        "settled_item",
        "cross_region_first_share",
        "cross_region",
        "account_segment",
        "medical_assistance",
        "critical_illness",
        "large_amount",
        "bands on the fund's payment",
        "bands per admission",
        "deductible floor",
        "monthly deductible",
        "deductible from the fund's payment",
        "critical illness without the deductible",
        "assistance tier 2",
      ]),
    );
  }, 120_000);
});

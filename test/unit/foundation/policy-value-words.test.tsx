// @vitest-environment jsdom
/**
 * The policy sources page says every value of every shipped policy in plain words, in the page's
 * language: no value falls back to "see the source document", no Chinese line carries Latin
 * words, no English line carries Chinese; and the screen shows each period's dates, its document
 * or a demo badge.
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { PolicyValueHistory, groupByPath } from "@/components/policy-sources";
import { getMessages, policyValueLines } from "@/lib/i18n";
import { allPolicyProvenance, familyMutualAidProvenance, policyProvenance, provenanceOf, getPolicyInput, type PolicyInput } from "@/lib/reimbursement";

const zh = getMessages("zh-CN");
const en = getMessages("en");
const everyPolicy = [...allPolicyProvenance(), familyMutualAidProvenance()];
const HAN = /\p{Script=Han}/u;
// Chinese lines may carry amounts, percentages and the ¥ sign; no Latin words.
const LATIN_WORD = /[A-Za-z]{2,}/;

describe("policy values in plain words", () => {
  for (const policy of everyPolicy) {
    test(`${policy.id}: every value is described in Chinese and in English`, () => {
      for (const entry of policy.entries) {
        const zhLines = policyValueLines(entry, zh.policySources, zh.family, "zh-CN");
        const enLines = policyValueLines(entry, en.policySources, en.family, "en");
        expect(zhLines.length, entry.path).toBeGreaterThan(0);
        for (const line of zhLines) {
          expect(line, entry.path).not.toBe(zh.policySources.described);
          expect(line, entry.path).not.toContain("—");
          // Informative facts are written in Chinese by the policy itself.
          expect(line, entry.path).not.toMatch(LATIN_WORD);
        }
        for (const line of enLines) {
          expect(line, entry.path).not.toBe(en.policySources.described);
          expect(line, entry.path).not.toContain("—");
          // Chinese terms kept in brackets beside their English (家庭共济, 一般诊疗费) are allowed.
          expect(line.replace(/一般诊疗费/g, ""), entry.path).not.toMatch(HAN);
        }
      }
    });
  }

  test("Sanming's employee outpatient ratio reads by person and facility level", () => {
    const entry = policyProvenance("CN-350400")!.entries.find((e) => e.path === "benefits.employee_general_outpatient.ratio")!;
    expect(policyValueLines(entry, zh.policySources, zh.family, "zh-CN")).toEqual([
      "在职职工，二级机构，三级机构：75%",
      "在职职工，社区及药店，一级机构：85%",
      "退休职工，二级机构，三级机构：80%",
      "退休职工，社区及药店，一级机构：90%",
    ]);
  });

  test("the rule shapes a policy may use are all described: bands, later admissions, fund-payment deductibles, first self-pay, tiers", () => {
    const base = getPolicyInput("CN-350400")!;
    const inpatient = base.benefits.find((b) => b.id.includes("inpatient")) ?? base.benefits[0]!;
    const policy: PolicyInput = {
      ...base,
      benefits: [{
        ...inpatient,
        deductible: [{ from: "2024-01-01", source: "s", value: { basis: "admission", appliesTo: "fund_payment", amounts: [{ amount: 800 }], admissionSchedule: { kind: "factors", factors: [0.5], floor: 150 } } }],
        ratio: [{ from: "2024-01-01", source: "s", value: { rows: [{ bands: [{ upTo: 50000, ratio: 0.8 }, { upTo: null, ratio: 0.9 }], bandsOn: "fund_paid", bandBasis: "admission" }] } }],
      }],
      crossRegion: [{ from: "2024-01-01", source: "s", value: { filed: { ratioReduction: 0, deductibleIncrease: 0, firstSelfPay: 0.1 }, unfiled_referral: { ratioReduction: 0.1, deductibleIncrease: 0 }, unfiled_other: { ratioReduction: 0, deductibleIncrease: 0, firstSelfPay: 0.4 } } }],
    } as PolicyInput;
    const lines = (path: string) => policyValueLines(provenanceOf(policy).entries.find((e) => e.path === path || e.path.endsWith(path))!, zh.policySources, zh.family, "zh-CN");
    expect(lines(".deductible")).toEqual(["每次住院 ¥800.00", "从基金应付额中扣除", "本年再次住院：首次起付线的 50%，最低 ¥150.00"]);
    expect(lines(".ratio")).toEqual(["¥0.00至¥50,000.00的部分 80%，¥50,000.00以上的部分 90%（按本年基金累计支付额分段）（每次住院重新计算）"]);
    expect(lines("crossRegion")).toEqual(["已备案异地就医：先由个人自付 10%", "未备案异地就医（转诊或急诊）：报销比例降低 10 个百分点", "未备案异地就医（其他）：先由个人自付 40%"]);
  });
});

describe("a value's history on the page", () => {
  test("each period with its dates and state, a verified document named, a demo value badged", () => {
    const sanming = policyProvenance("CN-350400")!;
    const groups = groupByPath(sanming.entries);
    const deductible = groups.find((g) => g[0]!.path === "benefits.employee_general_outpatient.deductible")!;
    expect(deductible).toHaveLength(2);
    render(<PolicyValueHistory entries={deductible} w={zh.policySources} family={zh.family} locale="zh-CN" />);
    const periods = screen.getAllByRole("listitem").filter((item) => item.closest("ol") && item.parentElement?.tagName === "OL");
    expect(periods).toHaveLength(2);
    expect(periods[0]!.textContent).toContain("2019年1月1日至2021年12月31日 · 已停用");
    expect(periods[0]!.textContent).toContain("每年 ¥1,000.00");
    expect(periods[1]!.textContent).toContain("2022年1月1日起 · 现行");
    expect(periods[1]!.textContent).toContain("每年 ¥700.00");
    within(periods[1]!).getByText(zh.policySources.verified);
    expect(periods[1]!.querySelector("cite")?.textContent).toContain("明医保函〔2023〕20号");
  });

  test("a demo value shows one plain badge and no maintainers' note on the Chinese page", () => {
    const sanming = policyProvenance("CN-350400")!;
    const demo = groupByPath(sanming.entries).find((g) => g[0]!.path === "classBSelfPayShare")!;
    const { container } = render(<PolicyValueHistory entries={demo} w={zh.policySources} family={zh.family} locale="zh-CN" />);
    screen.getByText(zh.policySources.demo);
    expect(container.textContent).not.toMatch(/Demo value|[A-Za-z]{3,}/);
    expect(container.querySelector("cite")).toBeNull();
  });
});

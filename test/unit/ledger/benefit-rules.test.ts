import { benefitRuleText, supplementaryRuleText } from "@/lib/i18n";
import { describe, expect, test } from "vitest";
import { benefitRule } from "@/lib/ledger/benefit-rules";
import { supplementaryStatus } from "@/lib/ledger/supplementary-status";
import { type Accumulators, emptyAccumulators, findBenefit, getPolicy, policyVersionOn } from "@/lib/reimbursement";

function versionOf(id: string, day = "2026-06-15") {
  const version = policyVersionOn(getPolicy(id)!, day);
  if (!version) throw new Error(`no version of ${id}`);
  return version;
}

describe("benefit rules in plain words", () => {
  test("Sanming employees' general outpatient: deductible, ratios by level and cap (明医保函〔2023〕20号)", () => {
    const version = versionOf("CN-350400");
    const candidate = findBenefit(version, { insurance: "employee", status: "active", assistance: "none" }, { kind: "general_outpatient", facilityLevel: 1, crossRegion: "none" })!;
    const rule = benefitRule(version, candidate, "general_outpatient", { personType: "employee_active", age: 48 });
    expect(rule).toMatchObject({ deductible: { basis: "year", amountFen: 70_000 }, capFen: 1_700_000, sharedCap: null, unverified: false });
    expect(benefitRuleText(rule.facts, "zh-CN")).toBe("每年起付线 700.00 元；起付线以上按机构级别支付：一级及以下 85%，二级及以上 75%；每年最多支付 17,000.00 元");
    expect(benefitRuleText(rule.facts, "en")).toBe("Deductible ¥700.00 a year; the fund pays by facility level: level 1 and below 85%, level 2 and above 75%; at most ¥17,000.00 a year");
    expect(rule.source).toContain("明医保函〔2023〕20号");
  });

  test("the rule in force on the day: before Sanming's 2022 reform no rule is shown, its ratios not being published", () => {
    const version = versionOf("CN-350400", "2021-06-01");
    expect(findBenefit(version, { insurance: "employee", status: "retired", assistance: "none" }, { kind: "general_outpatient", facilityLevel: 1, crossRegion: "none" })).toBeUndefined();
  });

  test("Qingyuan: no cap, only at the chosen clinic (清医保待函〔2021〕28号; the alliance as one unit was only an exploration)", () => {
    const version = versionOf("CN-441800");
    const candidate = findBenefit(version, { insurance: "resident", assistance: "none" }, { kind: "general_outpatient", facilityLevel: 1, crossRegion: "none" })!;
    const rule = benefitRule(version, candidate, "general_outpatient", { personType: "resident", age: 40 });
    expect(rule.capFen).toBeNull();
    expect(benefitRuleText(rule.facts, "zh-CN")).toContain("不设年度封顶线");
    expect(benefitRuleText(rule.facts, "en")).toContain("paid only at your chosen clinic");
    expect(benefitRuleText(rule.facts, "en")).not.toContain("medical alliance");
    expect(benefitRuleText(rule.facts, "en")).not.toContain("above it");
  });

  test("Wuhan's common chronic diseases name the cap they share", () => {
    const version = versionOf("CN-420100");
    const candidate = findBenefit(version, { insurance: "employee", status: "retired", assistance: "none" }, { kind: "chronic_outpatient", disease: "hypertension", facilityLevel: 2, crossRegion: "none" })!;
    const rule = benefitRule(version, candidate, "chronic:hypertension", { personType: "employee_retired", age: 70 });
    expect(rule.sharedCap).toMatchObject({ id: "common_chronic_total", amount: 500_000 });
    expect(rule.sharedCap!.covers("chronic:diabetes")).toBe(true);
    expect(benefitRuleText(rule.facts, "en")).toContain("together with other diseases");
  });
});

describe("supplementary status", () => {
  test("low-income residents get the halved threshold and no cap for critical illness, and assistance", () => {
    const acc: Accumulators = { ...emptyAccumulators(), criticalIllnessBurden: 100_000, assistancePaid: { inpatient: 30_000, general_outpatient: 5_000 } };
    const status = supplementaryStatus(versionOf("CN-420100"), { insurance: "resident", assistance: "subsistence" }, acc);
    expect(status.criticalIllness).toMatchObject({ lowIncome: true, capFen: null, thresholdFen: 600_000, toThresholdFen: 500_000 });
    expect(status.assistance).toMatchObject({ group: "subsistence", paidFen: 35_000, limitFen: 10_000_000, remainingFen: 9_965_000 });
    expect(supplementaryRuleText(status.assistance!.rule, "zh-CN")).toBe("医疗救助：个人负担按 80% 救助，每年最多 100,000.00 元");
    expect(status.largeAmount).toBeNull();
  });

  test("employees get the large-amount benefit and no critical illness insurance", () => {
    const status = supplementaryStatus(versionOf("CN-350400"), { insurance: "employee", assistance: "none" }, emptyAccumulators());
    expect(status.criticalIllness).toBeNull();
    expect(status.largeAmount).toMatchObject({ paidFen: 0, capFen: 40_000_000 });
    expect(status.assistance).toBeNull();
  });
});

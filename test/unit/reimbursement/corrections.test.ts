/**
 * The attributions the audit of the shipped policies found wrong, one test per
 * correction: what the data now says (value, date, source, unverified flag and
 * note), and what a settlement does with it.
 */
import { describe, expect, test } from "vitest";
import { type PolicyInput, getPolicyInput } from "@/lib/reimbursement";
import { request, rules, settle } from "./helpers";

const input = (id: string) => getPolicyInput(id) as PolicyInput;
const benefitOf = (id: string, benefitId: string) => {
  const found = input(id).benefits.find((b) => b.id === benefitId);
  if (!found) throw new Error(`${id} has no benefit ${benefitId}`);
  return found;
};
const active = { insurance: "employee", status: "active" };
const resident = { insurance: "resident" };

describe("Sanming (CN-350400)", () => {
  test("the pre-2022 ratios are no longer 'assumed unchanged': only the reform's published ratios are shipped", () => {
    const ratio = benefitOf("CN-350400", "employee_general_outpatient").ratio;
    expect(ratio.map((entry) => [entry.from, entry.unverified === true])).toEqual([["2022-01-01", false]]);
    expect(ratio[0]?.source).toContain("明医保函〔2023〕20号");
    const before = settle(request({ policy: "CN-350400", serviceDate: "2021-06-01", person: active, visit: { kind: "general_outpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 2000 }] }));
    expect(before.hifp_pay).toBe(0);
    expect(input("CN-350400").notes?.join(" ")).toContain("not estimated");
  });

  test("pharmacy purchases are no longer given the published outpatient values: a separate benefit marked as a demo assumption", () => {
    expect(benefitOf("CN-350400", "employee_general_outpatient").visitKinds).toEqual(["general_outpatient"]);
    const pharmacy = benefitOf("CN-350400", "employee_pharmacy");
    for (const entry of [...pharmacy.deductible, ...pharmacy.ratio, ...pharmacy.cap]) {
      expect(entry.unverified).toBe(true);
      expect(entry.note).toContain("facility level");
    }
    const response = settle(request({ policy: "CN-350400", person: active, visit: { kind: "pharmacy", facilityLevel: 0 }, items: [{ class: "A", amount: 100 }], accumulators: { deductiblePaid: 700 } }));
    expect(response.hifp_pay).toBe(85);
    expect(response.policy.unverified).toBe(true);
    expect(response.steps.find((step) => step.rule === "fund_ratio")?.source).toContain("演示数据");
  });
});

describe("Qingyuan (CN-441800)", () => {
  test("a medical-alliance member no longer counts as the chosen clinic: the reply calls it an exploration for fully unified alliances", () => {
    const rule = benefitOf("CN-441800", "resident_general_outpatient").chosenClinic?.[0];
    expect(rule?.value).toMatchObject({ required: true, allianceCounts: false, referralCounts: true });
    expect(rule?.note).toContain("exploration on the 2021 work list");
    const response = settle(request({ policy: "CN-441800", person: resident, visit: { kind: "general_outpatient", facilityLevel: 1, chosenClinic: "alliance" }, items: [{ class: "A", amount: 100 }] }));
    expect(response.hifp_pay).toBe(0);
  });

  test("'no cap' for pharmacy purchases is no longer attributed to the reply: a demo assumption with a note", () => {
    const cap = benefitOf("CN-441800", "employee_pharmacy").cap[0];
    expect(cap?.unverified).toBe(true);
    expect(cap?.source).not.toContain("清医保待函");
    expect(cap?.note).toContain("says nothing about pharmacies");
  });

  test("the funding note names 一般诊疗费, as the reply does", () => {
    const funding = input("CN-441800").informative?.[0]?.values[0]?.value ?? "";
    expect(funding).toContain("一般诊疗费");
    expect(funding).not.toContain("基层全科诊查费");
  });

  test("no unsourced exemption: a resident's 100.00 away from the chosen clinic is paid 0.00 in the city, filed, or unfiled", () => {
    for (const crossRegion of ["none", "filed", "unfiled_referral", "unfiled_other"]) {
      const response = settle(request({ policy: "CN-441800", person: resident, visit: { kind: "general_outpatient", facilityLevel: 1, chosenClinic: "other", crossRegion }, items: [{ class: "A", amount: 100 }] }));
      expect(response.hifp_pay, crossRegion).toBe(0);
      expect(rules(response), crossRegion).toContain("not_covered");
    }
  });
});

describe("Wuhan (CN-420100)", () => {
  test("the demo inpatient deductibles no longer cite the 2019 reply as their source", () => {
    for (const id of ["employee_inpatient", "resident_inpatient"]) {
      const deductible = benefitOf("CN-420100", id).deductible[0];
      expect(deductible?.source).toContain("演示数据");
      expect(deductible?.unverified).toBe(true);
      expect(deductible?.note).toContain("20190207");
    }
  });
});

describe("cross-region care (all shipped policies)", () => {
  test.each(["CN-350400", "CN-441800", "CN-420100", "CN-321000"])("%s: the source is titled as the document is, and home ratios for anyone filed are marked as an assumption", (id) => {
    const entry = input(id).crossRegion?.[0];
    expect(entry?.source).toContain("异地就医结算指导意见问答");
    expect(entry?.source).not.toContain("直接结算的问答");
    expect(entry?.unverified).toBe(true);
    expect(entry?.note).toContain("relocated retirees");
  });

  test("a filed visit says which cross-region rule it was settled under, and shows it unverified", () => {
    const response = settle(request({ policy: "CN-350400", serviceDate: "2023-06-01", person: active, visit: { kind: "general_outpatient", facilityLevel: 2, crossRegion: "filed" }, items: [{ class: "A", amount: 100 }], accumulators: { deductiblePaid: 700 } }));
    const step = response.steps.find((s) => s.rule === "cross_region");
    expect(step?.source).toContain("异地就医结算指导意见问答");
    expect(response.policy.unverified).toBe(true);
    expect(response.hifp_pay).toBe(75);
  });
});

describe("Yangzhou (CN-321000)", () => {
  test("the plan's title carries 机制 and the two standards it names are cited", () => {
    const yangzhou = input("CN-321000");
    expect(yangzhou.source).toBe("扬州市职工基本医疗保险门诊共济保障机制实施方案 (2023)");
    for (const id of ["chronic_outpatient", "special_outpatient"]) {
      const note = benefitOf("CN-321000", id).ratio[0]?.note ?? "";
      expect(note).toContain("扬医保〔2021〕6号");
      expect(note).toContain("扬人社〔2013〕380号");
    }
  });
});

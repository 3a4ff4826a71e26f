/**
 * Table tests on the shipped policies: policy changes by date, cross-region
 * care, the chosen clinic, chronic diseases with their own deductible, ratio
 * and caps, shared caps and age bands. Each row: label, date, input, expected.
 */
import { describe, expect, test } from "vitest";
import { estimate } from "@/lib/reimbursement";
import { benefit, dated, policy, request, rules, settle } from "./helpers";

const active = { insurance: "employee", status: "active" };
const retired = { insurance: "employee", status: "retired" };
const resident = { insurance: "resident" };

describe("a policy change takes effect on its date (Sanming, reform assumed 2022-01-01)", () => {
  test.each([
    { label: "the day of: deductible 700", date: "2022-01-01", accumulators: {}, expected: { act_pay_dedc: 700, hifp_pay: 975 }, version: "2022-01-01" },
    { label: "the day of: cap 17 000", date: "2022-01-01", accumulators: { deductiblePaid: 1000, fundPaid: 2500 }, expected: { hifp_pay: 1500 }, version: "2022-01-01" },
  ])("$label", ({ date, accumulators, expected, version }) => {
    const response = settle(request({ policy: "CN-350400", serviceDate: date, person: active, visit: { kind: "general_outpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 2000 }], accumulators }));
    expect(response).toMatchObject(expected);
    expect(response.policy.version).toBe(version);
  });

  test("the day before: not estimated — the reform raised the ratios and the earlier ones are not published", () => {
    const response = settle(request({ policy: "CN-350400", serviceDate: "2021-12-31", person: active, visit: { kind: "general_outpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 2000 }] }));
    expect(response.hifp_pay).toBe(0);
    expect(rules(response)).toContain("not_covered");
  });

  test("a service date before the first version is a validation error naming serviceDate", () => {
    const result = estimate(request({ policy: "CN-350400", serviceDate: "2018-12-31" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ path: "serviceDate", code: "no_policy_version" })]);
  });

  test("an inline policy's change works the same way", () => {
    const changing = policy({ benefits: [benefit({ ratio: [dated({ rows: [{ ratio: 0.5 }] }), dated({ rows: [{ ratio: 0.6 }] }, "2023-03-01")] })] });
    expect(settle(request({ policy: changing, serviceDate: "2023-02-28" })).hifp_pay).toBe(50);
    expect(settle(request({ policy: changing, serviceDate: "2023-03-01" })).hifp_pay).toBe(60);
  });

  test("Wuhan employees' general outpatient benefit starts with the 2023 scheme", () => {
    const before = settle(request({ policy: "CN-420100", serviceDate: "2022-12-31", person: active, items: [{ class: "A", amount: 1000 }] }));
    expect(before.hifp_pay).toBe(0);
    expect(rules(before)).toContain("not_covered");
    const after = settle(request({ policy: "CN-420100", serviceDate: "2023-01-01", person: active, accumulators: { deductiblePaid: 700 }, items: [{ class: "A", amount: 1000 }] }));
    expect(after.hifp_pay).toBe(850);
    expect(after.policy.unverified).toBe(true);
  });
});

describe("cross-region care (异地就医)", () => {
  const adjusting = policy({
    crossRegion: [
      dated({
        filed: { ratioReduction: 0, deductibleIncrease: 0 },
        unfiled_referral: { ratioReduction: 0.1, deductibleIncrease: 0 },
        unfiled_other: { ratioReduction: 0.2, deductibleIncrease: 0.05 },
      }),
    ],
    benefits: [benefit({ deductible: [dated({ basis: "year", amounts: [{ amount: 700 }] })] })],
  });
  test.each([
    { label: "home region", crossRegion: "none", expected: { act_pay_dedc: 700, hifp_pay: 975 } },
    { label: "filed: home ratios", crossRegion: "filed", expected: { act_pay_dedc: 700, hifp_pay: 975 } },
    { label: "unfiled referral or emergency: −10 points", crossRegion: "unfiled_referral", expected: { act_pay_dedc: 700, hifp_pay: 845 } },
    { label: "unfiled other: −20 points and deductible +5 %", crossRegion: "unfiled_other", expected: { act_pay_dedc: 735, hifp_pay: 695.75 } },
  ])("$label", ({ crossRegion, expected }) => {
    expect(settle(request({ policy: adjusting, visit: { kind: "general_outpatient", facilityLevel: 1, crossRegion }, items: [{ class: "A", amount: 2000 }] }))).toMatchObject(expected);
  });

  test.each([
    { label: "Qingyuan resident in-city, level 2: 75 %", crossRegion: "none", expected: 675 },
    { label: "Qingyuan resident filed elsewhere: home 75 %", crossRegion: "filed", expected: 675 },
    { label: "Qingyuan resident out of city on referral: 60 % (own row, no double cut)", crossRegion: "unfiled_referral", expected: 540 },
    { label: "Qingyuan resident unfiled other: 50 %", crossRegion: "unfiled_other", expected: 450 },
  ])("$label", ({ crossRegion, expected }) => {
    const response = settle(request({ policy: "CN-441800", person: resident, visit: { kind: "inpatient", facilityLevel: 2, crossRegion }, items: [{ class: "A", amount: 1500 }] }));
    expect(response.act_pay_dedc).toBe(600);
    expect(response.hifp_pay).toBe(expected);
  });
});

describe("general outpatient only at the chosen clinic (Qingyuan, 清医保待函〔2021〕28号)", () => {
  test.each([
    { label: "at the chosen clinic", person: resident, visit: { facilityLevel: 1, chosenClinic: "chosen" }, expected: 55 },
    { label: "chosen clinic assumed when not said", person: resident, visit: { facilityLevel: 1 }, expected: 55 },
    { label: "at a member of its medical alliance: not counted (an exploration on the 2021 work list, not a rule)", person: resident, visit: { facilityLevel: 1, chosenClinic: "alliance" }, expected: 0 },
    { label: "referred up by the chosen clinic", person: resident, visit: { facilityLevel: 2, chosenClinic: "referred" }, expected: 45 },
    { label: "elsewhere: the fund pays nothing", person: resident, visit: { facilityLevel: 1, chosenClinic: "other" }, expected: 0 },
    { label: "employee elsewhere: nothing either", person: active, visit: { facilityLevel: 1, chosenClinic: "other" }, expected: 0 },
  ])("$label", ({ person, visit, expected }) => {
    const response = settle(request({ policy: "CN-441800", serviceDate: "2023-06-01", person, visit: { kind: "general_outpatient", ...visit }, items: [{ class: "A", amount: 100 }] }));
    expect(response.hifp_pay).toBe(expected);
    if (expected === 0) {
      expect(rules(response)).toContain("not_covered");
      expect(response.accumulatorsAfter.policyScopeAmount).toEqual({});
    }
  });

  test("no annual cap for the insured person", () => {
    const response = settle(request({ policy: "CN-441800", person: resident, visit: { kind: "general_outpatient", facilityLevel: 1 }, items: [{ class: "A", amount: 100 }], accumulators: { fundPaid: 1000000 } }));
    expect(response.hifp_pay).toBe(55);
  });
});

describe("chronic and special-disease outpatient benefits", () => {
  const chronic = policy({
    diseases: { hypertension: { zh: "高血压", en: "Hypertension" }, diabetes: { zh: "糖尿病", en: "Diabetes" } },
    benefits: [
      benefit({
        id: "chronic",
        bucket: "chronic",
        bucketPerDisease: true,
        visitKinds: ["chronic_outpatient"],
        diseases: ["hypertension", "diabetes"],
        deductible: [dated({ basis: "year", amounts: [{ amount: 200 }] })],
        ratio: [dated({ rows: [{ ratio: 0.8 }] })],
        cap: [dated({ rows: [{ amount: 1000 }] })],
      }),
      benefit(),
    ],
  });
  test.each([
    { label: "own deductible and ratio", disease: "diabetes", accumulators: {}, expected: { act_pay_dedc: 200, hifp_pay: 240 } },
    { label: "another disease's deductible does not count", disease: "hypertension", accumulators: { deductiblePaid: { "chronic:diabetes": 200 } }, expected: { act_pay_dedc: 200, hifp_pay: 240 } },
    { label: "the general-outpatient deductible does not count", disease: "diabetes", accumulators: { deductiblePaid: { general_outpatient: 700 } }, expected: { act_pay_dedc: 200 } },
    { label: "own cap", disease: "diabetes", accumulators: { deductiblePaid: { "chronic:diabetes": 200 }, fundPaid: { "chronic:diabetes": 900 } }, expected: { act_pay_dedc: 0, hifp_pay: 100 } },
  ])("$label", ({ disease, accumulators, expected }) => {
    const response = settle(request({ policy: chronic, visit: { kind: "chronic_outpatient", facilityLevel: 2, disease }, items: [{ class: "A", amount: 500 }], accumulators }));
    expect(response).toMatchObject(expected);
    expect(Object.keys(response.accumulatorsAfter.fundPaid)).toContain(`chronic:${disease}`);
  });

  test.each([
    { label: "Wuhan: own cap 3 000 per disease reached", accumulators: { fundPaid: { "chronic:diabetes": 3000 } }, expected: 0 },
    { label: "Wuhan: shared cap 5 000 over the common diseases cuts first", accumulators: { fundPaid: { "chronic:hypertension": 3000, "chronic:diabetes": 1500 } }, expected: 500 },
    { label: "Wuhan: dialysis is outside the shared cap", accumulators: { fundPaid: { "chronic:hypertension": 3000, "chronic:diabetes": 2000 } }, disease: "uremia_dialysis", expected: 900 },
  ])("$label", ({ accumulators, disease, expected }) => {
    const response = settle(request({ policy: "CN-420100", person: active, visit: { kind: "chronic_outpatient", facilityLevel: 2, disease: disease ?? "diabetes" }, items: [{ class: "A", amount: 1000 }], accumulators }));
    expect(response.hifp_pay).toBe(expected);
  });

  test.each([
    { label: "Yangzhou: chronic diabetes, own deductible 200 at 75 %", disease: "diabetes", expected: { act_pay_dedc: 200, hifp_pay: 600 } },
    { label: "Yangzhou: special disease dialysis, no deductible, 90 %", disease: "uremia_dialysis", expected: { act_pay_dedc: 0, hifp_pay: 900 } },
    { label: "Sanming: cross-province chronic disease cancer chemotherapy", disease: "cancer_radiochemotherapy", policy: "CN-350400", expected: { hifp_pay: 900 } },
  ])("$label", ({ disease, expected, policy: id }) => {
    const response = settle(request({ policy: id ?? "CN-321000", serviceDate: "2023-06-01", person: active, visit: { kind: "chronic_outpatient", facilityLevel: 2, disease }, items: [{ class: "A", amount: 1000 }] }));
    expect(response).toMatchObject(expected);
  });

  test("a disease unknown to the policy is a validation error naming visit.disease", () => {
    const result = estimate(request({ policy: "CN-350400", visit: { kind: "chronic_outpatient", facilityLevel: 2, disease: "asthma" } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ path: "visit.disease", code: "unknown_disease" })]);
  });
});

describe("ratios by person type and age band (Yangzhou, demo)", () => {
  test.each([
    { label: "in service, level 1", person: active, expected: 70 },
    { label: "retired, level 1, age unknown", person: retired, expected: 75 },
    { label: "retired aged 69", person: { ...retired, age: 69 }, expected: 75 },
    { label: "retired aged 70", person: { ...retired, age: 70 }, expected: 80 },
  ])("$label", ({ person, expected }) => {
    const response = settle(request({ policy: "CN-321000", person, visit: { kind: "general_outpatient", facilityLevel: 1 }, items: [{ class: "A", amount: 100 }], accumulators: { deductiblePaid: 800 } }));
    expect(response.hifp_pay).toBe(expected);
  });

  test("Yangzhou employees' inpatient ratio is banded on the year's policy-scope amount", () => {
    const response = settle(request({ policy: "CN-321000", person: active, visit: { kind: "inpatient", facilityLevel: 2 }, items: [{ class: "A", amount: 20600 }] }));
    // Deductible 600, then 9 400 at 85 % (up to 10 000) and 10 600 at 88 %.
    expect(response).toMatchObject({ act_pay_dedc: 600, hifp_pay: 17318 });
  });
});

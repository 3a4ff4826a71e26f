/**
 * The shipped policies: valid in the schema, sourced, and giving every demo
 * person a settlement for every kind of visit in each region.
 */
import { describe, expect, test } from "vitest";
import { type PolicyInput, estimate, getPolicy, getPolicyInput, policyIds } from "@/lib/reimbursement";

/** The four demo regions, each with a benefit for every kind of visit (most figures demo values). */
const REGIONS = ["CN-350400", "CN-441800", "CN-420100", "CN-321000"];
/** Every shipped policy, the four demo regions and regions shipped with their published figures only. */
const SHIPPED = policyIds();

const DEMO_PEOPLE = [
  { label: "employee in service", person: { insurance: "employee", status: "active", age: 45 } },
  { label: "retired employee", person: { insurance: "employee", status: "retired", age: 72 } },
  { label: "resident", person: { insurance: "resident", age: 30 } },
  { label: "resident on subsistence allowance", person: { insurance: "resident", age: 58, assistance: "subsistence" } },
  { label: "resident in extreme poverty", person: { insurance: "resident", age: 80, assistance: "extreme_poverty" } },
  { label: "relocated retiree filed elsewhere", person: { insurance: "employee", status: "retired", age: 68 }, crossRegion: "filed" },
];

function datedEntries(node: unknown, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(node)) for (const child of node) datedEntries(child, found);
  else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if ("from" in record && "value" in record) found.push(record);
    for (const child of Object.values(record)) datedEntries(child, found);
  }
  return found;
}

describe("shipped policies", () => {
  test("the four demo regions are shipped", () => {
    expect(SHIPPED).toEqual(expect.arrayContaining(REGIONS));
    expect(getPolicy("CN-000000")).toBeUndefined();
    expect(getPolicy("toString")).toBeUndefined();
  });

  test.each(SHIPPED)("%s is valid and every value has a date and a source; unverified ones say why", (id) => {
    expect(getPolicy(id)?.id).toBe(id);
    const entries = datedEntries(getPolicyInput(id));
    expect(entries.length).toBeGreaterThan(2);
    for (const entry of entries) {
      expect(entry["from"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(String(entry["source"]).length).toBeGreaterThan(3);
      if (entry["unverified"] === true) expect(String(entry["note"] ?? "").length).toBeGreaterThan(3);
    }
  });

  test("Sanming keeps the pre-reform deductible 1 000 and cap 3 000 before 2022-01-01", () => {
    const input = getPolicyInput("CN-350400") as PolicyInput;
    const outpatient = input.benefits.find((b) => b.id === "employee_general_outpatient");
    expect(outpatient?.deductible.map((d) => [d.from, d.value.amounts[0]?.amount])).toEqual([
      ["2019-01-01", 1000],
      ["2022-01-01", 700],
    ]);
    expect(outpatient?.cap.map((c) => [c.from, c.value.rows[0]?.amount])).toEqual([
      ["2019-01-01", 3000],
      ["2022-01-01", 17000],
    ]);
  });

  test("relayed figures are marked unverified (Qingyuan 55 %, Wuhan 2023 outpatient)", () => {
    const qingyuan = getPolicyInput("CN-441800") as PolicyInput;
    expect(qingyuan.benefits.find((b) => b.id === "resident_general_outpatient")?.ratio[0]?.unverified).toBe(true);
    const wuhan = getPolicyInput("CN-420100") as PolicyInput;
    expect(wuhan.benefits.find((b) => b.id === "employee_general_outpatient")?.deductible[0]?.unverified).toBe(true);
  });

  test("Qingyuan's per-capita funding of 72 yuan is informative only", () => {
    const qingyuan = getPolicyInput("CN-441800") as PolicyInput;
    expect(qingyuan.informative?.[0]?.values[0]?.value).toContain("72");
  });
});

describe("every demo person gets a settlement for every kind of visit in every region", () => {
  const cases = REGIONS.flatMap((policyId) => {
    const diseases = Object.keys(getPolicy(policyId)?.diseases ?? {});
    const visits = [
      { kind: "general_outpatient", facilityLevel: 1 },
      { kind: "pharmacy", facilityLevel: 0 },
      { kind: "inpatient", facilityLevel: 3, admissionOfYear: 1 },
      ...diseases.map((disease) => ({ kind: "chronic_outpatient", facilityLevel: 2, disease })),
    ];
    return DEMO_PEOPLE.flatMap(({ label, person, crossRegion }) =>
      visits.map((visit) => ({ label: `${policyId} ${label} ${visit.kind}${"disease" in visit ? ` ${visit.disease}` : ""}`, policyId, person, visit: { ...visit, crossRegion: crossRegion ?? "none" } })),
    );
  });

  test.each(cases)("$label", ({ policyId, person, visit }) => {
    const account = person.insurance === "employee" ? { balance: 300 } : { balance: 300, owner: "family" };
    const result = estimate({
      policy: policyId,
      serviceDate: "2023-06-01",
      person,
      visit,
      items: [
        { class: "A", amount: 6000 },
        { class: "B", amount: 3000 },
        { class: "C", amount: 1000 },
      ],
      personalAccount: account,
    });
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    const response = result.response;
    expect(response.medfee_sumamt).toBe(10000);
    if (visit.kind === "inpatient" || visit.kind === "chronic_outpatient") expect(response.hifp_pay).toBeGreaterThan(0);
    expect(response.policy.id).toBe(policyId);
  });
});

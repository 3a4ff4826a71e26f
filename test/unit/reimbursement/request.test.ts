/**
 * Request validation: every offending field is named, with a stable code, and
 * amounts are limited to sane sizes.
 */
import { describe, expect, test } from "vitest";
import { findCatalogueItem } from "@/lib/catalogue";
import { MAX_LINES, estimate, estimateRequestSchema } from "@/lib/reimbursement";
import { request } from "./helpers";

function issuesOf(raw: unknown, lookupItem?: (code: string) => undefined | { code: string; name: string; class: "A" | "B" | "C" }) {
  const result = estimate(raw, { lookupItem });
  if (result.ok) expect.fail("accepted");
  return result.issues;
}

describe("invalid requests name every offending field", () => {
  test("many problems at once", () => {
    const issues = issuesOf({
      policy: "CN-999999",
      serviceDate: "2023-02-30",
      person: { insurance: "employee" },
      visit: { kind: "chronic_outpatient", facilityLevel: 5 },
      items: [{ amount: 1.234 }, { class: "A", amount: -1, colour: "red" }, { class: "Z", amount: "abc" }, { class: "B", amount: 1, selfPayRatio: 1.5 }],
      personalAccount: { balance: "lots" },
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ["policy", "unknown_policy"],
        ["serviceDate", "date_format"],
        ["person.status", "status_required"],
        ["visit.facilityLevel", "invalid_option"],
        ["visit.disease", "disease_required"],
        ["items.0.amount", "amount_decimals"],
        ["items.0.class", "class_or_code"],
        ["items.1.amount", "amount_negative"],
        ["items.1.colour", "unknown_field"],
        ["items.2.class", "invalid_option"],
        ["items.2.amount", "amount_format"],
        ["items.3.selfPayRatio", "ratio_format"],
        ["personalAccount.balance", "amount_format"],
      ]),
    );
    for (const item of issues) expect(item.message.length).toBeGreaterThan(3);
  });

  test.each([
    { label: "missing fields", raw: {}, paths: ["policy", "serviceDate", "person", "visit", "items"], code: "required" },
    { label: "not an object", raw: [], paths: [""], code: "invalid_type" },
    { label: "amount too large for one line", raw: request({ items: [{ class: "A", amount: 5000000.01 }] }), paths: ["items.0.amount"], code: "amount_too_large" },
    { label: "bill total too large", raw: request({ items: Array.from({ length: 5 }, () => ({ class: "A", amount: 4500000 })) }), paths: ["items"], code: "bill_too_large" },
    { label: "too many lines", raw: request({ items: Array.from({ length: MAX_LINES + 1 }, () => ({ class: "A", amount: 1 })) }), paths: ["items"], code: "too_many_items" },
    { label: "unknown catalogue code without a catalogue", raw: request({ items: [{ code: "X1", amount: 1 }] }), paths: ["items.0.code"], code: "catalogue_unavailable" },
    { label: "a date before the policy", raw: request({ policy: "CN-321000", serviceDate: "2022-12-31" }), paths: ["serviceDate"], code: "no_policy_version" },
    { label: "an accumulator key that is no bucket", raw: request({ accumulators: { fundPaid: { "General Outpatient": 1 } } }), paths: ["accumulators.fundPaid.General Outpatient"], code: "unknown_field" },
    { label: "an accumulator with three decimals", raw: request({ accumulators: { deductiblePaid: "1.001" } }), paths: ["accumulators.deductiblePaid"], code: "amount_decimals" },
    { label: "admission number out of range", raw: request({ visit: { kind: "inpatient", facilityLevel: 1, admissionOfYear: 0 } }), paths: ["visit.admissionOfYear"], code: "integer_range" },
  ])("$label", ({ raw, paths, code }) => {
    const issues = issuesOf(raw);
    expect(issues.map((i) => i.path).sort()).toEqual([...paths].sort());
    expect(issues.every((i) => i.code === code)).toBe(true);
  });

  test("an unknown catalogue code is named with its line", () => {
    const lookup = (code: string) => (code === "KNOWN" ? { code, name: "已知药品", class: "A" as const } : undefined);
    expect(issuesOf(request({ items: [{ code: "KNOWN", amount: 1 }, { code: "MISSING", amount: 2 }] }), lookup)).toEqual([expect.objectContaining({ path: "items.1.code", code: "unknown_code" })]);
  });

  test("an inline policy without a row for this person and visit", () => {
    const partial = { rows: [{ when: { facilityLevels: [3] }, ratio: 0.5 }] };
    const inline = { id: "X", name: { zh: "x", en: "x" }, source: "s", classBSelfPayShare: [{ from: "2020-01-01", value: 0.1, source: "s" }],
      benefits: [{ id: "b", label: { zh: "b", en: "b" }, bucket: "general_outpatient", visitKinds: ["general_outpatient"], insurance: ["employee"],
        deductible: [{ from: "2020-01-01", value: { basis: "year", amounts: [{ amount: 0 }] }, source: "s" }],
        ratio: [{ from: "2020-01-01", value: partial, source: "s" }],
        cap: [{ from: "2020-01-01", value: { rows: [{ amount: null }] }, source: "s" }] }] };
    expect(issuesOf(request({ policy: inline }))).toEqual([expect.objectContaining({ path: "policy", code: "policy_incomplete" })]);
  });

  test("an inline policy's problems are reported under policy.", () => {
    const issues = issuesOf(request({ policy: { id: "X", name: { zh: "x", en: "x" }, source: "s", classBSelfPayShare: [{ from: "2020-01-01", value: 0.1, source: "s" }], benefits: [] } }));
    expect(issues).toEqual([expect.objectContaining({ path: "policy.benefits", code: "policy_invalid" })]);
  });
});

describe("catalogue codes", () => {
  test("a code supplies class, class-B share and price ceiling; explicit fields win", () => {
    const lookup = (code: string) => ({ code, name: "乙类药品", class: "B" as const, classBShare: 1500, priceCeilingFen: 10000 });
    const result = estimate(request({ items: [{ code: "B1", amount: 120 }, { code: "B1", amount: 120, selfPayRatio: 0.2, priceCeiling: 200 }] }), { lookupItem: lookup });
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    // Line 1: 20 over the ceiling, 15 % of 100; line 2: 20 % of 120.
    expect(result.response).toMatchObject({ overlmt_selfpay: 20, preselfpay_amt: 39 });
  });
});

describe("the project's catalogue", () => {
  test("a real catalogue code gives the class and the price ceiling per unit", () => {
    // 奥美拉唑肠溶胶囊: class A, ceiling 18.00 a box.
    const result = estimate(request({ items: [{ code: "XA02BCA001B003010100000", amount: 45, quantity: 2 }] }), { lookupItem: findCatalogueItem });
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    expect(result.response).toMatchObject({ overlmt_selfpay: 9, inscp_scp_amt: 36 });
  });
});

describe("the shared schema", () => {
  test("checks amounts and keeps them as written (the contract reads them as fen)", () => {
    const parsed = estimateRequestSchema.parse(request({ items: [{ class: "B", amount: "120.00", selfPayRatio: 0.15 }] }));
    expect(parsed.items[0]).toMatchObject({ amount: "120.00", selfPayRatio: 0.15 });
  });

  test("accepts amounts as numbers or strings", () => {
    expect(estimateRequestSchema.safeParse(request({ items: [{ class: "A", amount: 1 }, { class: "A", amount: "2.5" }] })).success).toBe(true);
  });
});

/**
 * What an estimate rests on: `policyProvenance` lists every dated value of a
 * shipped policy, and `npm run --silent policy:provenance` prints it — spawned
 * for real here.
 */
import { describe, expect, test } from "vitest";
import { type PolicyProvenance, allPolicyProvenance, familyMutualAidProvenance, policyIds, policyProvenance } from "@/lib/reimbursement";
import { TSX, run } from "./run-command";

const provenanceCli = (args: string[]) => run(TSX, ["scripts/policy-provenance.ts", ...args]);

describe("policy provenance", () => {
  test.each(policyIds())("%s: every value has a date range, a source, and a verified flag; unverified ones say why", (id) => {
    const provenance = policyProvenance(id) as PolicyProvenance;
    expect(provenance.entries.length).toBe(provenance.verifiedCount + provenance.unverifiedCount);
    for (const entry of provenance.entries) {
      expect(entry.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (entry.until !== null) expect(entry.until > entry.from).toBe(true);
      expect(entry.source.length).toBeGreaterThan(3);
      if (!entry.verified) expect(entry.note?.length ?? 0).toBeGreaterThan(3);
    }
  });

  test("Sanming: the reply's deductible, with the reform date and the value before it", () => {
    const entries = (policyProvenance("CN-350400") as PolicyProvenance).entries.filter((entry) => entry.path === "benefits.employee_general_outpatient.deductible");
    expect(entries.map((entry) => [entry.from, entry.until, entry.verified])).toEqual([
      ["2019-01-01", "2022-01-01", true],
      ["2022-01-01", null, true],
    ]);
    expect(entries[1]?.source).toContain("明医保函〔2023〕20号");
    expect(entries[1]?.label.zh).toBe("职工普通门诊统筹：起付线");
  });

  test("a demo value is listed as unverified with its reason", () => {
    const pharmacy = (policyProvenance("CN-350400") as PolicyProvenance).entries.find((entry) => entry.path === "benefits.employee_pharmacy.ratio");
    expect(pharmacy).toMatchObject({ verified: false });
    expect(pharmacy?.note).toContain("Demo assumption");
  });

  test("the command prints every shipped policy, as text or JSON; an unknown policy is a usage error", async () => {
    const [textRun, jsonRun, unknown] = await Promise.all([provenanceCli(["CN-441800"]), provenanceCli(["--json"]), provenanceCli(["CN-000000"])]);
    expect(textRun.code).toBe(0);
    expect(textRun.stdout).toContain("清医保待函〔2021〕28号");
    expect(textRun.stdout).toMatch(/UNVERIFIED {2}2021-01-01 → in force/);
    expect(jsonRun.code).toBe(0);
    const all = JSON.parse(jsonRun.stdout) as PolicyProvenance[];
    // The shipped policies, then the national rules (家庭共济's circle of relatives) as "CN".
    expect(all.map((policy) => policy.id)).toEqual([...policyIds(), "CN"]);
    expect(all).toEqual(JSON.parse(JSON.stringify([...allPolicyProvenance(), familyMutualAidProvenance()])));
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stderr)).toMatchObject({ error: "usage" });
  }, 60_000);
});

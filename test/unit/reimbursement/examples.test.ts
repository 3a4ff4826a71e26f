/**
 * Every worked example — those of estimate-examples.md and those a region's
 * published source gives — as fixture files (test/fixtures/estimates/NAME.json
 * with NAME.expected.json) fed through the contract function the CLI uses;
 * every stated figure is asserted to the fen. A new fixture pair is picked up
 * without touching this file.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { estimate, parseYuan } from "@/lib/reimbursement";

const FIXTURES = path.resolve(__dirname, "../../fixtures/estimates");

interface Expectation {
  example: string;
  source: string;
  statement: string;
  expected: Record<string, number>;
  segments?: number[];
}

function load(name: string): { request: unknown; expectation: Expectation } {
  return {
    request: JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), "utf8")) as unknown,
    expectation: JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8")) as Expectation,
  };
}

const fen = (yuan: number) => {
  const parsed = parseYuan(yuan);
  if (!parsed.ok) throw new Error(`not an amount: ${yuan}`);
  return parsed.value;
};

/** Every fixture with a stated result. */
export const EXAMPLES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith(".expected.json"))
  .map((file) => file.slice(0, -".expected.json".length))
  .sort();

describe("worked examples (estimate-examples.md and the regions' published sources)", () => {
  test("the shared examples are all there", () => {
    expect(EXAMPLES).toEqual(expect.arrayContaining(["sm-1", "sm-2", "sm-3", "sm-4", "pub-1", "pub-2", "pub-3"]));
  });

  test.each(EXAMPLES.map((name) => ({ name, ...load(name) })))("$expectation.example — $expectation.source", ({ request, expectation }) => {
    const result = estimate(request);
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    const response = result.response as unknown as Record<string, number>;
    for (const [field, value] of Object.entries(expectation.expected)) {
      expect(fen(response[field] ?? Number.NaN), `${expectation.example} ${field}`).toBe(fen(value));
    }
    if (expectation.segments) {
      const segments = result.response.steps.filter((step) => step.rule === "critical_illness").map((step) => fen(step.amount));
      expect(segments).toEqual(expectation.segments.map(fen));
    }
  });

  test("SM examples use the Sanming version of 2022-01-01 with the reply as source", () => {
    const result = estimate(load("sm-1").request);
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    expect(result.response.policy).toMatchObject({ id: "CN-350400", version: "2022-01-01" });
    expect(result.response.policy.source).toContain("明医保函〔2023〕20号");
  });
});

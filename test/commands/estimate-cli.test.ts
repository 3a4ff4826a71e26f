/**
 * The command-line tool, spawned for real: fixtures in, JSON out; exit codes;
 * stderr JSON naming every bad field; --explain; standard input; --help.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, type Run, TSX, run } from "./run-command";

const FIXTURES = path.join(ROOT, "test/fixtures/estimates");
const TIMEOUT_MS = 60_000;

const estimateCli = (args: string[], stdin?: string) => run(TSX, ["scripts/estimate.ts", ...args], stdin);

const fixture = (name: string) => path.join(FIXTURES, `${name}.json`);
const expectation = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8")) as { example: string; expected: Record<string, number> };

describe("npm run --silent estimate", () => {
  test(
    "reproduces every worked example from its fixture file",
    async () => {
      const names = readdirSync(FIXTURES)
        .filter((file) => file.endsWith(".expected.json"))
        .map((file) => file.slice(0, -".expected.json".length));
      expect(names.length).toBeGreaterThanOrEqual(7);
      const runs = await Promise.all(names.map((name) => estimateCli([fixture(name)])));
      runs.forEach((result, index) => {
        const name = names[index] ?? "";
        expect(result.code, `${name}: ${result.stderr}`).toBe(0);
        expect(result.stderr).toBe("");
        expect(JSON.parse(result.stdout)).toMatchObject(expectation(name).expected);
      });
    },
    TIMEOUT_MS,
  );

  test(
    "through npm itself, with amounts written to the fen",
    async () => {
      const result = await run("npm", ["run", "--silent", "estimate", "--", fixture("sm-4")]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('"hifp_pay": 141.30');
      expect(result.stdout).toContain('"acct_pay": 100.10');
      expect(result.stdout).toContain('"psn_cash_pay": 0.00');
    },
    TIMEOUT_MS,
  );

  test(
    "reads standard input with -, and --explain adds Chinese and English",
    async () => {
      const result = await estimateCli(["--explain", "-"], readFileSync(fixture("sm-1"), "utf8"));
      expect(result.code).toBe(0);
      const response = JSON.parse(result.stdout) as { hifp_pay: number; explanation: { zh: string[]; en: string[] } };
      expect(response.hifp_pay).toBe(225);
      expect(response.explanation.zh[0]).toContain("基金支付 225.00 元");
      expect(response.explanation.en[0]).toContain("the funds pay ¥225.00");
      expect(response.explanation.zh.length).toBe(response.explanation.en.length);
    },
    TIMEOUT_MS,
  );

  test(
    "invalid input: exit 2, stderr JSON naming every bad field, never a stack trace",
    async () => {
      const bad = JSON.stringify({
        policy: "CN-000000",
        serviceDate: "2023-02-30",
        person: { insurance: "employee" },
        visit: { kind: "general_outpatient", facilityLevel: 2 },
        items: [{ class: "A", amount: 1.234 }, { class: "Q", amount: -5 }, { code: "NO-SUCH-CODE", amount: 1 }],
      });
      const [invalid, notJson, missingFile] = await Promise.all([estimateCli(["-"], bad), estimateCli(["-"], "{ not json"), estimateCli([path.join(FIXTURES, "no-such-file.json")])]);
      for (const result of [invalid, notJson, missingFile]) {
        expect(result.code).toBe(2);
        expect(result.stdout).toBe("");
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect((JSON.parse(result.stderr) as { error: string }).error).toBe("invalid_request");
      }
      const paths = (result: Run) => (JSON.parse(result.stderr) as { issues: Array<{ path: string; message: string }> }).issues.map((i) => i.path);
      expect(paths(invalid).sort()).toEqual(["items.0.amount", "items.1.amount", "items.1.class", "items.2.code", "person.status", "policy", "serviceDate"]);
      expect(paths(notJson)).toEqual([""]);
      expect(paths(missingFile)).toEqual([""]);
    },
    TIMEOUT_MS,
  );

  test(
    "--help documents usage; a usage error exits 2",
    async () => {
      const [help, unknownFlag] = await Promise.all([estimateCli(["--help"]), estimateCli(["--frobnicate", fixture("sm-1")])]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain("Usage: npm run --silent estimate");
      expect(help.stdout).toContain("--explain");
      expect(unknownFlag.code).toBe(2);
      expect((JSON.parse(unknownFlag.stderr) as { message: string }).message).toContain("--frobnicate");
    },
    TIMEOUT_MS,
  );
});

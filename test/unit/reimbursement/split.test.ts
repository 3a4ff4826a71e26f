/**
 * Splitting a bill cannot be used to gain: the same lines settled as one visit
 * or as several visits in a row (each carrying the accumulators and the account
 * balance the previous one left) — over random policies that use every rule
 * shape — never give the funds more than 1 fen per extra visit, and never take
 * a fund past its cap. Plus the two cases the audit found, as table rows.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type EstimateResponse, estimate, parseYuan } from "@/lib/reimbursement";
import { type GeneratedCase, caseArbitrary, findGeneratedPolicy } from "./arbitraries";
import { benefit, dated, policy, request, settle } from "./helpers";

/** Runs of the split property. */
export const SPLIT_RUNS = 3000;

const fen = (value: unknown) => {
  const parsed = typeof value === "number" || typeof value === "string" ? parseYuan(value) : undefined;
  if (!parsed?.ok) throw new Error(`not yuan: ${String(value)}`);
  return parsed.value;
};

function settled(raw: unknown): EstimateResponse {
  const result = estimate(raw, { findPolicy: findGeneratedPolicy });
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
  return result.response;
}

/** Does the policy's row for this visit restart its bands with each admission (where a split is a new admission)? */
function restartsPerAdmission(generated: GeneratedCase): boolean {
  const kind = (generated.request["visit"] as { kind: string }).kind;
  const benefit = generated.policy.benefits.find((b) => b.visitKinds.some((k) => k === kind));
  return benefit?.ratio.some((entry) => entry.value.rows.some((row) => row.bandBasis === "admission")) ?? false;
}

interface Split {
  generated: GeneratedCase;
  parts: unknown[][];
}

/** A random case with at least two lines, and a random assignment of its lines to 2–4 visits in a row. */
const splitArbitrary: fc.Arbitrary<Split> = caseArbitrary
  .filter((generated) => (generated.request["items"] as unknown[]).length >= 2 && !restartsPerAdmission(generated))
  .chain((generated) => {
    const items = generated.request["items"] as unknown[];
    return fc.tuple(fc.integer({ min: 2, max: Math.min(4, items.length) }), fc.array(fc.nat(), { minLength: items.length, maxLength: items.length })).map(([count, picks]) => {
      const parts: unknown[][] = Array.from({ length: count }, () => []);
      items.forEach((item, index) => parts[(picks[index] ?? 0) % count]?.push(item));
      return { generated, parts: parts.filter((part) => part.length > 0) };
    });
  });

const FUNDS = ["hifp_pay", "hifob_pay", "hifmi_pay", "maf_pay"] as const;

/** The visits in a row: each gets the accumulators and account the previous one left. */
function settleInTurn(base: Record<string, unknown>, parts: unknown[][]): EstimateResponse[] {
  const responses: EstimateResponse[] = [];
  let accumulators = base["accumulators"];
  let account = base["personalAccount"] as { balance: string | number; currentYearBalance?: string | number } | undefined;
  for (const items of parts) {
    const response = settled({ ...base, items, ...(accumulators === undefined ? {} : { accumulators }), ...(account ? { personalAccount: account } : {}) });
    responses.push(response);
    accumulators = response.accumulatorsAfter;
    if (account) {
      // The credit spent: the segment, unless later funds paid part of it (the account then paid at most acct_pay).
      const segment = Math.min(
        response.steps.filter((step) => step.rule === "account_segment").reduce((sum, step) => sum + fen(step.amount), 0),
        fen(response.acct_pay),
      );
      // This year's credit pays only account segments (never more than what is left in the account).
      const currentYear = account.currentYearBalance === undefined ? undefined : Math.min(fen(account.currentYearBalance) - segment, fen(response.balc));
      account = { ...account, balance: response.balc.toFixed(2), ...(currentYear === undefined ? {} : { currentYearBalance: (currentYear / 100).toFixed(2) }) };
    }
  }
  return responses;
}

describe(`splitting a bill into more visits (${SPLIT_RUNS} random splits over random policies with every rule shape)`, () => {
  test(
    "the funds' total never rises by more than 1 fen per extra visit, and each fund's year total stays under its cap",
    () => {
      let gains = 0;
      fc.assert(
        fc.property(splitArbitrary, ({ generated, parts }) => {
          const whole = settled(generated.request);
          const pieces = settleInTurn(generated.request, parts);
          const wholeFunds = fen(whole.fund_pay_sumamt);
          const splitFunds = pieces.reduce((sum, piece) => sum + fen(piece.fund_pay_sumamt), 0);
          if (splitFunds > wholeFunds) gains++;
          expect(splitFunds - wholeFunds, `split into ${parts.length}: ${pieces.map((p) => p.fund_pay_sumamt).join(" + ")} vs ${whole.fund_pay_sumamt}`).toBeLessThanOrEqual(parts.length - 1);
          // Every piece is a whole settlement of its own: its funds never pass what is left of a cap.
          const last = pieces[pieces.length - 1];
          if (!last) return;
          const kind = (generated.request["visit"] as { kind: string }).kind;
          const benefitOfVisit = generated.policy.benefits.find((b) => b.visitKinds.some((k) => k === kind));
          const cap = benefitOfVisit?.cap[0]?.value.rows[0]?.amount ?? null;
          const bucket = whole.steps.find((step) => step.rule === "benefit") ? Object.keys(last.accumulatorsAfter.fundPaid).find((b) => b === kind || b.startsWith(kind === "chronic_outpatient" ? "chronic:" : kind)) : undefined;
          if (cap !== null && bucket !== undefined) {
            const before = generated.request["accumulators"] as { fundPaid?: Record<string, string> } | undefined;
            const paidBefore = before?.fundPaid?.[bucket] === undefined ? 0 : fen(before.fundPaid[bucket]);
            const paidAfter = fen(last.accumulatorsAfter.fundPaid[bucket] ?? 0);
            if (paidBefore < cap) expect(paidAfter).toBeLessThanOrEqual(cap);
            else expect(paidAfter).toBe(paidBefore);
          }
          for (const piece of pieces) for (const field of FUNDS) expect(fen(piece[field])).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: SPLIT_RUNS },
      );
      // How many split bills gained a fen (within the bound) is printed with the run.
      console.info(`split bills that gained (≤ 1 fen per extra visit): ${gains} of ${SPLIT_RUNS}`);
    },
    240_000,
  );
});

describe("the audit's cases", () => {
  const sanmingLevel2 = { policy: "CN-350400", serviceDate: "2023-06-01", person: { insurance: "employee", status: "active" }, visit: { kind: "general_outpatient", facilityLevel: 2 } };

  test("Sanming, deductible met, two class-A lines of 0.02: one visit pays 0.03, two visits in a row 0.03 too", () => {
    const one = settle({ ...sanmingLevel2, items: [{ class: "A", amount: "0.02" }, { class: "A", amount: "0.02" }], accumulators: { deductiblePaid: 700 } });
    expect(one.hifp_pay).toBe(0.03);
    const first = settle({ ...sanmingLevel2, items: [{ class: "A", amount: "0.02" }], accumulators: { deductiblePaid: 700 } });
    const second = settle({ ...sanmingLevel2, items: [{ class: "A", amount: "0.02" }], accumulators: first.accumulatorsAfter });
    expect([first.hifp_pay, second.hifp_pay]).toEqual([0.02, 0.01]);
  });

  const largeAmount = policy({
    benefits: [benefit({ id: "inpatient", bucket: "inpatient", visitKinds: ["inpatient"], insurance: ["employee"], ratio: [dated({ rows: [{ ratio: 0.01 }] })], cap: [dated({ rows: [{ amount: 1 }] })] })],
    largeAmount: [dated({ insurance: ["employee"], buckets: ["inpatient"], ratio: 0.9, annualCap: null })],
  });
  const inpatient = { policy: largeAmount, visit: { kind: "inpatient", facilityLevel: 2 } };

  test("basic 1 % capped at 1.00, large amount 90 %: 0.50 + 200.00 in one visit pays 91.45 — the cap is reached at 100.00 exactly", () => {
    const whole = settle(request({ ...inpatient, items: [{ class: "A", amount: "0.50" }, { class: "A", amount: "200.00" }] }));
    expect(whole).toMatchObject({ hifp_pay: 1, hifob_pay: 90.45, fund_pay_sumamt: 91.45 });
  });

  test.each([
    { order: "0.50 first", parts: ["0.50", "200.00"] },
    { order: "200.00 first", parts: ["200.00", "0.50"] },
  ])("the same bill as two visits ($order) pays 91.45 as well", ({ parts }) => {
    let accumulators: object | undefined;
    let total = 0;
    for (const amount of parts) {
      const response = settle(request({ ...inpatient, items: [{ class: "A", amount }], ...(accumulators ? { accumulators } : {}) }));
      total += Math.round(response.fund_pay_sumamt * 100);
      accumulators = response.accumulatorsAfter;
    }
    expect(total).toBe(9145);
  });
});

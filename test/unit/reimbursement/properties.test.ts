/**
 * Property-based tests: random policies in the documented schema (a pool of
 * POLICY_POOL_SIZE) and random bills, people, visits, accumulators and accounts
 * against them, checked for every invariant of the estimate contract.
 * NUM_RUNS runs per property.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type Accumulators, type EstimateResult, type Settlement, estimate, formatResponseJson, parseYuan, toYuanNumber } from "@/lib/reimbursement";
import { type GeneratedCase, POLICY_POOL_SIZE, caseArbitrary, findGeneratedPolicy } from "./arbitraries";

/** Runs per property: 6 × NUM_RUNS random requests in all. */
export const NUM_RUNS = 2000;

function settled(generated: GeneratedCase): { result: Extract<EstimateResult, { ok: true }>; settlement: Settlement } {
  const result = estimate(generated.request, { findPolicy: findGeneratedPolicy });
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
  return { result, settlement: result.settlement };
}

function fenOf(value: unknown): number {
  const parsed = typeof value === "number" || typeof value === "string" ? parseYuan(value) : undefined;
  if (!parsed?.ok) throw new Error(`not yuan: ${String(value)}`);
  return parsed.value;
}

function beforeOf(generated: GeneratedCase): Partial<Record<keyof Accumulators, unknown>> {
  return (generated.request["accumulators"] ?? {}) as Partial<Record<keyof Accumulators, unknown>>;
}

function recordFen(value: unknown): Record<string, number> {
  if (value === undefined) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, amount]) => [key, fenOf(amount)]));
}

const isWholeFen = (value: number) => Number.isSafeInteger(value) && value >= 0;
const options = { numRuns: NUM_RUNS };
/** Generous: a property takes 1–3 s alone, more on a busy machine. */
const TIMEOUT_MS = 120_000;

describe(`invariants of the estimate contract (${NUM_RUNS} random bills each, ${POLICY_POOL_SIZE} random policies)`, () => {
  test("every amount is ≥ 0 and a whole number of fen, in fen and in the yuan response", () => {
    fc.assert(
      fc.property(caseArbitrary, (generated) => {
        const { result, settlement } = settled(generated);
        const response = result.response as unknown as Record<string, unknown>;
        for (const [field, fen] of Object.entries(settlement.amounts)) {
          expect(isWholeFen(fen), field).toBe(true);
          expect(response[field]).toBe(toYuanNumber(fen));
          expect(fenOf(response[field])).toBe(fen);
        }
        for (const step of settlement.steps) expect(isWholeFen(step.base) && isWholeFen(step.amount), step.rule).toBe(true);
        const after = settlement.accumulatorsAfter;
        for (const value of [...Object.values(after.deductiblePaid), ...Object.values(after.policyScopeAmount), ...Object.values(after.fundPaid), ...Object.values(after.assistancePaid)]) {
          expect(isWholeFen(value ?? 0)).toBe(true);
        }
      }),
      options,
    );
  }, TIMEOUT_MS);

  test("medfee_sumamt = sum of items = fund_pay_sumamt + psn_part_amt, and the parts add up", () => {
    fc.assert(
      fc.property(caseArbitrary, (generated) => {
        const a = settled(generated).settlement.amounts;
        // Each line is unit price × quantity (bill-line.ts), however it was sent.
        const items = generated.request["items"] as Array<{ amount?: string; unitPrice?: string; quantity?: number }>;
        const lineFen = (item: (typeof items)[number]) => (item.amount !== undefined ? fenOf(item.amount) : fenOf(item.unitPrice!) * (item.quantity ?? 1));
        expect(a.medfee_sumamt).toBe(items.reduce((sum, item) => sum + lineFen(item), 0));
        expect(a.medfee_sumamt).toBe(a.fund_pay_sumamt + a.psn_part_amt);
        expect(a.fund_pay_sumamt).toBe(a.hifp_pay + a.hifmi_pay + a.hifob_pay + a.maf_pay);
        expect(a.inscp_scp_amt).toBe(a.medfee_sumamt - a.fulamt_ownpay_amt - a.overlmt_selfpay - a.preselfpay_amt);
        expect(a.act_pay_dedc).toBeLessThanOrEqual(a.inscp_scp_amt);
        expect(a.hifp_pay + a.hifob_pay + a.hifmi_pay + a.maf_pay).toBeLessThanOrEqual(a.inscp_scp_amt);
      }),
      options,
    );
  }, TIMEOUT_MS);

  test("psn_part_amt = acct_pay + psn_cash_pay, and acct_pay ≤ balance", () => {
    fc.assert(
      fc.property(caseArbitrary, (generated) => {
        const a = settled(generated).settlement.amounts;
        const account = generated.request["personalAccount"] as { balance: string; use: boolean; owner: string } | undefined;
        expect(a.psn_part_amt).toBe(a.acct_pay + a.psn_cash_pay);
        const balance = account ? fenOf(account.balance) : 0;
        expect(a.acct_pay).toBeLessThanOrEqual(balance);
        if (!account?.use) expect(a.acct_pay).toBe(0);
        expect(a.acct_mulaid_pay).toBe(account?.owner === "family" ? a.acct_pay : 0);
        expect(a.balc).toBe(balance - a.acct_pay);
      }),
      options,
    );
  }, TIMEOUT_MS);

  test("no fund pays past its cap (checked against the accumulators)", () => {
    fc.assert(
      fc.property(caseArbitrary, (generated) => {
        const { settlement } = settled(generated);
        const policy = generated.policy;
        const before = beforeOf(generated);
        const after = settlement.accumulatorsAfter;
        const a = settlement.amounts;
        const within = (cap: number | null, paidBefore: number, paidAfter: number, paidNow: number) => {
          if (cap === null) return;
          expect(paidAfter).toBe(paidBefore + paidNow);
          if (paidBefore >= cap) expect(paidNow).toBe(0);
          else expect(paidAfter).toBeLessThanOrEqual(cap);
        };
        const bucket = settlement.bucket;
        const visitKind = (generated.request["visit"] as { kind: string }).kind;
        if (bucket !== null) {
          const benefit = policy.benefits.find((b) => b.visitKinds.some((kind) => kind === visitKind));
          const cap = benefit?.cap[0]?.value.rows[0]?.amount ?? null;
          const fundBefore = recordFen(before.fundPaid);
          within(cap, fundBefore[bucket] ?? 0, after.fundPaid[bucket] ?? 0, a.hifp_pay);
          for (const shared of policy.sharedCaps ?? []) {
            const inGroup = (b: string) => b === "general_outpatient" || b.startsWith("chronic:");
            if (!inGroup(bucket)) continue;
            const sum = (amounts: Record<string, number>) => Object.entries(amounts).reduce((total, [b, v]) => total + (inGroup(b) ? v : 0), 0);
            within(shared.cap[0]?.value.rows[0]?.amount ?? null, sum(fundBefore), sum(after.fundPaid), a.hifp_pay);
          }
        } else {
          expect(a.hifp_pay + a.hifmi_pay + a.hifob_pay + a.maf_pay).toBe(0);
        }
        const person = generated.request["person"] as { assistance?: string; insurance: string };
        const critical = policy.criticalIllness?.[0]?.value.find((rule) => rule.insurance.some((insurance) => insurance === person.insurance));
        const lowIncomeNoCap = critical?.lowIncome?.noCap === true && critical.lowIncome.groups.some((g) => g === person.assistance);
        within(lowIncomeNoCap ? null : (critical?.annualCap ?? null), before.criticalIllnessPaid === undefined ? 0 : fenOf(before.criticalIllnessPaid), after.criticalIllnessPaid, a.hifmi_pay);
        within(policy.largeAmount?.[0]?.value.annualCap ?? null, before.largeAmountPaid === undefined ? 0 : fenOf(before.largeAmountPaid), after.largeAmountPaid, a.hifob_pay);
        const assistance = policy.assistance?.[0]?.value;
        const assistanceBefore = recordFen(before.assistancePaid);
        const total = (amounts: Partial<Record<string, number>>) => Object.values(amounts).reduce<number>((sum, v) => sum + (v ?? 0), 0);
        within(assistance?.annualLimit ?? null, total(assistanceBefore), total(after.assistancePaid), a.maf_pay);
        for (const limit of assistance?.limitsByVisitKind ?? []) {
          if (!limit.visitKinds.some((k) => k === visitKind)) continue;
          const inKinds = (amounts: Partial<Record<string, number>>) => Object.entries(amounts).reduce((sum, [k, v]) => sum + (limit.visitKinds.some((kind) => kind === k) ? (v ?? 0) : 0), 0);
          within(limit.limit, inKinds(assistanceBefore), inKinds(after.assistancePaid), a.maf_pay);
        }
      }),
      options,
    );
  }, TIMEOUT_MS);

  test("the same request always gives the same answer", () => {
    fc.assert(
      fc.property(caseArbitrary, (generated) => {
        // Also through an inline copy of the policy: the same answer, whichever way the policy comes.
        const inline = { ...(JSON.parse(JSON.stringify(generated.request)) as Record<string, unknown>), policy: generated.policyInput };
        const first = settled(generated).result.response;
        const second = estimate(inline);
        if (!second.ok) throw new Error(`inline policy rejected: ${JSON.stringify(second.issues)}`);
        expect(second.response).toEqual(first);
        expect(formatResponseJson(second.response)).toBe(formatResponseJson(first));
      }),
      options,
    );
  }, TIMEOUT_MS);

  test("any JSON, or a valid request with one field replaced by any JSON, is settled or rejected with issues — never thrown", () => {
    const fieldPaths = [["policy"], ["serviceDate"], ["person"], ["person", "status"], ["visit", "kind"], ["visit", "facilityLevel"], ["items"], ["items", 0], ["accumulators"], ["personalAccount", "balance"]];
    const mutated = fc.tuple(caseArbitrary, fc.constantFrom(...fieldPaths), fc.jsonValue()).map(([generated, path, value]) => {
      const request = JSON.parse(JSON.stringify(generated.request)) as Record<string, unknown>;
      let target: Record<string, unknown> | unknown[] = request;
      for (const key of path.slice(0, -1)) {
        const next = (target as Record<string, unknown>)[String(key)];
        if (next === null || typeof next !== "object") return request;
        target = next as Record<string, unknown>;
      }
      (target as Record<string, unknown>)[String(path[path.length - 1])] = value;
      return request;
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated), (raw) => {
        const result = estimate(raw, { findPolicy: findGeneratedPolicy });
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const problem of result.issues) expect(typeof problem.path === "string" && problem.message.length > 0).toBe(true);
        }
      }),
      options,
    );
  }, TIMEOUT_MS);
});

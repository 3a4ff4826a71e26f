import { afterEach, beforeEach, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { isDomainError } from "@/lib/errors/domain-error";
import { accountBalance, loadAccumulators, reverse, settle, verifyLedger, type LedgerSettlement } from "@/lib/ledger";
import { emptyAccumulators, type Accumulators } from "@/lib/reimbursement";
import { createTestDatabase, queryRows } from "../helpers/test-db";
import { NOW, chen, lin, openAccount, outpatientBill, zhouWei, zhouYu, yangzhouHanjiang, DAY } from "../helpers/ledger-fixtures";

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase("ledger-world");
});
afterEach(async () => database.close());

/** Sanming employee general outpatient: annual cap 17 000 yuan (明医保函〔2023〕20号). */
const CAP_FEN = 1_700_000;

function codeOf(error: unknown): string {
  return isDomainError(error) ? error.code : `unexpected: ${String(error)}`;
}

/** Orders settlements by following each one's accumulators before to the one whose after they equal. */
function serialOrder(all: LedgerSettlement[]): LedgerSettlement[] {
  const key = (a: Accumulators) => JSON.stringify([a.fundPaid.general_outpatient ?? 0, a.deductiblePaid.general_outpatient ?? 0, a.policyScopeAmount.general_outpatient ?? 0]);
  const byBefore = new Map<string, LedgerSettlement[]>();
  for (const s of all) byBefore.set(key(s.accumulatorsBefore), [...(byBefore.get(key(s.accumulatorsBefore)) ?? []), s]);
  const order: LedgerSettlement[] = [];
  let current = key(emptyAccumulators());
  for (;;) {
    const next = byBefore.get(current);
    if (!next || next.length === 0) break;
    // Two settlements that saw the same accumulators would mean one did not wait for the other.
    expect(next).toHaveLength(1);
    order.push(next[0]!);
    byBefore.delete(current);
    current = key(next[0]!.accumulatorsAfter);
  }
  return order;
}

test("50 concurrent settlements for one person never pass the cap or overdraw the account", async () => {
  await openAccount(database.db, chen, 500_000);
  const results = await Promise.all(Array.from({ length: 50 }, (_, i) => settle(database.db, outpatientBill(`concurrent-${i}`, 100_000))));
  const settled = results.map((r) => r.settlement);
  expect(new Set(settled.map((s) => s.id)).size).toBe(50);

  const fundTotal = settled.reduce((sum, s) => sum + s.amounts.hifp_pay, 0);
  const accountTotal = settled.reduce((sum, s) => sum + s.amounts.acct_pay, 0);
  expect(fundTotal).toBe(CAP_FEN); // 50 000 yuan of bills reach the cap exactly, never more
  expect(accountTotal).toBe(500_000); // the account is drained to zero, never below
  expect(await accountBalance(database.db, chen)).toBe(0);
  expect((await loadAccumulators(database.db, chen, 2026)).fundPaid.general_outpatient).toBe(CAP_FEN);

  // Each settlement saw exactly the accumulators and balance its predecessor left.
  const order = serialOrder(settled);
  expect(order).toHaveLength(50);
  let balance = 500_000;
  for (const s of order) {
    const accountStep = s.steps.find((step) => step.rule === "personal_account");
    expect(accountStep && "balance" in accountStep ? accountStep.balance : undefined).toBe(balance);
    balance = s.amounts.balc;
  }
  expect((await verifyLedger(database.db)).ok).toBe(true);
});

test("20 concurrent calls with one idempotency key create one settlement and all return it", async () => {
  await openAccount(database.db, chen, 500_000);
  const results = await Promise.all(Array.from({ length: 20 }, () => settle(database.db, outpatientBill("same-key", 25_000))));
  expect(new Set(results.map((r) => r.settlement.id)).size).toBe(1);
  expect(results.filter((r) => !r.replayed)).toHaveLength(1);
  const [row] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from settlements`);
  expect(row!.n).toBe(1);
  expect(await accountBalance(database.db, chen)).toBe(500_000 - results[0]!.settlement.amounts.acct_pay);
  expect((await verifyLedger(database.db)).ok).toBe(true);
});

test("one key used concurrently for two different requests settles once and refuses the rest", async () => {
  await openAccount(database.db, chen, 500_000);
  await openAccount(database.db, lin, 500_000);
  const outcomes = await Promise.allSettled(
    Array.from({ length: 10 }, (_, i) => settle(database.db, outpatientBill("shared-key", 30_000, i % 2 === 0 ? {} : { personId: lin }))),
  );
  const fulfilled = outcomes.filter((o) => o.status === "fulfilled");
  const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
  const [row] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from settlements`);
  expect(row!.n).toBe(1);
  expect(fulfilled).toHaveLength(5); // the winner and its four identical retries
  expect(refused.map((o) => codeOf(o.reason))).toEqual(Array(5).fill("idempotency_key_reused"));
  expect((await verifyLedger(database.db)).ok).toBe(true);
});

test("concurrent reversals of one settlement: exactly one succeeds", async () => {
  await openAccount(database.db, chen, 500_000);
  const { settlement } = await settle(database.db, outpatientBill("to-reverse", 100_000));
  const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => reverse(database.db, settlement.id, { reason: "收银错误", now: NOW })));
  expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
  expect(refused.map((o) => codeOf(o.reason))).toEqual(Array(9).fill("already_reversed"));
  expect(await accountBalance(database.db, chen)).toBe(500_000);
  expect((await verifyLedger(database.db)).mismatches).toEqual([]);
});

test("family payments locking two people in either order neither deadlock nor overdraw", async () => {
  await openAccount(database.db, zhouWei, 200_000);
  const bill = (i: number, forChild: boolean) =>
    settle(database.db, {
      personId: forChild ? zhouYu : zhouWei,
      facilityId: yangzhouHanjiang,
      visit: { kind: "general_outpatient" },
      lines: [{ name: "门诊", itemClass: "C", amountFen: 30_000 }],
      idempotencyKey: `family-${i}`,
      useAccount: true,
      accountPersonId: zhouWei,
      serviceDate: DAY,
      now: NOW,
    });
  const results = await Promise.all(Array.from({ length: 16 }, (_, i) => bill(i, i % 2 === 0)));
  const paid = results.reduce((sum, r) => sum + r.settlement.amounts.acct_pay, 0);
  expect(paid).toBe(200_000);
  expect(await accountBalance(database.db, zhouWei)).toBe(0);
  expect(results.filter((r) => r.settlement.personId === zhouYu).every((r) => r.settlement.amounts.acct_mulaid_pay === r.settlement.amounts.acct_pay)).toBe(true);
  expect((await verifyLedger(database.db)).ok).toBe(true);
});

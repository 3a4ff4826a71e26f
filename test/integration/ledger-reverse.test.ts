import { STATUS } from "@/lib/http";
import { afterEach, beforeEach, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { terminals } from "@/lib/db/schema";
import { isDomainError } from "@/lib/errors/domain-error";
import { accountBalance, loadAccumulators, reverse, settle, verifyLedger } from "@/lib/ledger";
import { createTestDatabase, queryRows } from "../helpers/test-db";
import { NOW, chen, openAccount, outpatientBill, sanmingFirst, sanmingLiedong, yangzhouHanjiang } from "../helpers/ledger-fixtures";

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase("ledger-world");
  await openAccount(database.db, chen, 300_000);
});
afterEach(async () => database.close());

const later = new Date(NOW.getTime() + 3_600_000);

test("a reversal restores accumulators and the account exactly", async () => {
  await settle(database.db, outpatientBill("a", 50_000));
  const accumulatorsBefore = await loadAccumulators(database.db, chen, 2026);
  const balanceBefore = await accountBalance(database.db, chen);
  const { settlement } = await settle(database.db, outpatientBill("b", 120_000, { visit: { kind: "chronic_outpatient", disease: "diabetes" } }));
  const reversed = await reverse(database.db, settlement.id, { reason: "录入错误", now: later });
  expect(reversed.status).toBe("reversed");
  expect(reversed.reversal).toMatchObject({ reason: "录入错误", reversedAt: later.toISOString() });
  expect(await loadAccumulators(database.db, chen, 2026)).toEqual(accumulatorsBefore);
  expect(await accountBalance(database.db, chen)).toBe(balanceBefore);
  const entries = await queryRows<{ kind: string; amount: string }>(database, sql`select kind, amount_fen::text as amount from account_entries where settlement_id = ${settlement.id} order by kind`);
  expect(entries).toEqual([
    { kind: "reversal", amount: String(settlement.amounts.acct_pay) },
    { kind: "settlement", amount: String(-settlement.amounts.acct_pay) },
  ]);
  expect((await verifyLedger(database.db)).ok).toBe(true);
});

test("a second reversal is refused, and the database refuses it too", async () => {
  const { settlement } = await settle(database.db, outpatientBill("a", 50_000));
  await reverse(database.db, settlement.id, { reason: "退费", now: later });
  const error = await reverse(database.db, settlement.id, { reason: "again", now: later }).catch((e: unknown) => e);
  expect(isDomainError(error) && [error.code, STATUS[error.code]]).toEqual(["already_reversed", 409]);
  await expect(database.db.execute(sql`insert into settlement_reversals (settlement_id, reversed_at, reason) values (${settlement.id}, now(), 'x')`)).rejects.toThrow();
  expect(await accountBalance(database.db, chen)).toBe(300_000);
});

test("reversing an earlier settlement subtracts its own amounts; later ones keep theirs", async () => {
  const first = await settle(database.db, outpatientBill("a", 100_000));
  const second = await settle(database.db, outpatientBill("b", 40_000, { facilityId: sanmingLiedong }));
  await reverse(database.db, first.settlement.id, { reason: "重复收费", now: later });
  const accumulators = await loadAccumulators(database.db, chen, 2026);
  const increment = second.settlement.accumulatorsAfter.fundPaid.general_outpatient! - second.settlement.accumulatorsBefore.fundPaid.general_outpatient!;
  expect(accumulators.fundPaid.general_outpatient).toBe(increment);
  expect(accumulators.deductiblePaid.general_outpatient ?? 0).toBe(second.settlement.amounts.act_pay_dedc);
  expect(await accountBalance(database.db, chen)).toBe(300_000 - second.settlement.amounts.acct_pay);
  expect((await verifyLedger(database.db)).ok).toBe(true);
});

test("a terminal may reverse only what its own facility settled", async () => {
  const [own, other] = await database.db
    .insert(terminals)
    .values([
      { name: "own", keyHash: "c".repeat(64), facilityId: sanmingFirst },
      { name: "other", keyHash: "d".repeat(64), facilityId: yangzhouHanjiang },
    ])
    .returning({ id: terminals.id });
  const { settlement } = await settle(database.db, outpatientBill("t", 20_000, { terminalId: own!.id }));
  const refused = await reverse(database.db, settlement.id, { reason: "x", terminalId: other!.id, now: later }).catch((e: unknown) => e);
  expect(isDomainError(refused) && refused.code).toBe("settlement_not_found");
  const done = await reverse(database.db, settlement.id, { reason: "x", terminalId: own!.id, now: later });
  expect(done.reversal?.terminalId).toBe(own!.id);
});

test("an unknown or malformed settlement id is not found", async () => {
  for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
    const error = await reverse(database.db, id, { reason: "x", now: later }).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe("settlement_not_found");
  }
});

test("verification passes after settling and reversing, and finds tampering", async () => {
  const a = await settle(database.db, outpatientBill("a", 100_000));
  await settle(database.db, outpatientBill("b", 30_000));
  await reverse(database.db, a.settlement.id, { reason: "x", now: later });
  const clean = await verifyLedger(database.db);
  expect(clean).toMatchObject({ ok: true, checked: { settlements: 2, reversed: 1, personYears: 1, accounts: 1 } });

  await database.db.execute(sql`update accumulator_buckets set fund_paid_fen = fund_paid_fen + 1 where person_id = ${chen}`);
  const tampered = await verifyLedger(database.db);
  expect(tampered.ok).toBe(false);
  expect(tampered.mismatches).toContainEqual(expect.objectContaining({ area: "accumulators", personId: chen, year: 2026, what: "fundPaid.general_outpatient" }));
  await database.db.execute(sql`update accumulator_buckets set fund_paid_fen = fund_paid_fen - 1 where person_id = ${chen}`);
  expect((await verifyLedger(database.db)).ok).toBe(true);

  await database.db.execute(sql`update account_entries set amount_fen = amount_fen - 100 where kind = 'settlement' and settlement_id <> ${a.settlement.id}`);
  const drained = await verifyLedger(database.db);
  expect(drained.mismatches.map((m) => m.what)).toEqual(
    expect.arrayContaining(["account payment entry = acct_pay", "balance = contributions − account payments + reversals"]),
  );
});

test("verification notices a status that disagrees with the reversals", async () => {
  const { settlement } = await settle(database.db, outpatientBill("a", 10_000));
  await database.db.execute(sql`update settlements set status = 'reversed' where id = ${settlement.id}`);
  const result = await verifyLedger(database.db);
  expect(result.mismatches.map((m) => m.what)).toContain("status agrees with settlement_reversals");
});

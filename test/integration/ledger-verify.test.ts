import { afterEach, beforeEach, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { accountBalance, reverse, settle, verifyLedger } from "@/lib/ledger";
import { createTestDatabase, queryRows } from "../helpers/test-db";
import { NOW, chen, lin, openAccount, outpatientBill, sanmingLiedong, seedLedgerWorld, yangzhouHanjiang, zhouWei, zhouYu } from "../helpers/ledger-fixtures";

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase();
  await seedLedgerWorld(database.db);
  for (const person of [chen, lin, zhouWei]) await openAccount(database.db, person, 500_000);
});
afterEach(async () => database.close());

const later = new Date(NOW.getTime() + 3_600_000);

/** Three people with several bills each, one paid from a parent's account (家庭共济), some reversed. */
async function settleSeveral(): Promise<string[]> {
  const ids: string[] = [];
  const bills = [
    ...[20_000, 35_000, 80_000].map((amount, i) => outpatientBill(`chen-${i}`, amount)),
    ...[12_000, 40_000].map((amount, i) => outpatientBill(`lin-${i}`, amount, { personId: lin, facilityId: sanmingLiedong })),
    ...[15_000, 9_000].map((amount, i) => outpatientBill(`yu-${i}`, amount, { personId: zhouYu, facilityId: yangzhouHanjiang, accountPersonId: zhouWei })),
  ];
  for (const bill of bills) ids.push((await settle(database.db, bill)).settlement.id);
  await reverse(database.db, ids[1]!, { reason: "录入错误", now: later });
  await reverse(database.db, ids[5]!, { reason: "录入错误", now: later });
  return ids;
}

test("checking the people in more or fewer ranges gives the same verification", async () => {
  await settleSeveral();
  const whole = await verifyLedger(database.db);
  expect(whole).toMatchObject({ ok: true, mismatchCount: 0, checked: { settlements: 7, reversed: 2, personYears: 3, accounts: 3 } });
  // The people are split into ranges checked side by side (many of them empty at 16).
  for (const parallel of [1, 3, 16]) expect(await verifyLedger(database.db, { parallel })).toEqual(whole);
});

test("a damaged person in the middle of the ledger is found, whichever range holds them", async () => {
  const ids = await settleSeveral();
  await database.db.execute(sql`update accumulator_buckets set deductible_paid_fen = deductible_paid_fen + 7 where person_id = ${lin}`);
  await database.db.execute(sql`update account_entries set account_person_id = ${zhouYu} where settlement_id = ${ids[5]!} and kind = 'settlement'`);
  const result = await verifyLedger(database.db, { parallel: 3 });
  expect(result.ok).toBe(false);
  expect(result.mismatches).toContainEqual(expect.objectContaining({ area: "accumulators", personId: lin, year: 2026, what: "deductiblePaid.general_outpatient" }));
  expect(result.mismatches).toContainEqual(
    expect.objectContaining({ area: "account", settlementId: ids[5], what: "settlement entry is on the paying account", expected: zhouWei, actual: zhouYu }),
  );
  // The parent's account lost a payment it made, the child's account gained an entry it never had.
  const balances = result.mismatches.filter((m) => m.what === "balance = contributions − account payments + reversals").map((m) => m.personId);
  expect(balances.sort()).toEqual([zhouWei, zhouYu].sort());
  expect(result.mismatches.filter((m) => m.what === "balance not negative").map((m) => m.personId)).toEqual([zhouYu]);
});

test("stored figures of a person-year without any settlement are reported", async () => {
  await settleSeveral();
  await database.db.execute(sql`insert into accumulator_years (person_id, year, large_amount_paid_fen) values (${chen}, 2025, 500)`);
  const result = await verifyLedger(database.db, { parallel: 3 });
  expect(result.mismatches).toEqual([{ area: "accumulators", personId: chen, year: 2025, what: "largeAmountPaid", expected: 0, actual: 500 }]);
  expect(result.checked.personYears).toBe(4);
});

test("a ledger damaged everywhere is counted in full but only the first mismatches are kept", async () => {
  await settleSeveral();
  await database.db.execute(sql`update settlements set medfee_sumamt_fen = medfee_sumamt_fen + 1`);
  const result = await verifyLedger(database.db, { maxReported: 3 });
  expect(result.mismatchCount).toBe(7);
  expect(result.mismatches).toHaveLength(3);
  expect(result.mismatches.every((m) => m.what === "medfee_sumamt column")).toBe(true);
});

test("each account's running balance follows its settlements and reversals, and one that strays from the entries is reported", async () => {
  await settleSeveral();
  for (const person of [chen, lin, zhouWei]) {
    const [row] = await queryRows<{ sum: string }>(database, sql`select coalesce(sum(amount_fen), 0)::text as sum from account_entries where account_person_id = ${person}`);
    expect(await accountBalance(database.db, person)).toBe(Number(row!.sum));
  }
  expect(await accountBalance(database.db, zhouYu)).toBe(0); // no account of her own
  const chenBalance = await accountBalance(database.db, chen);
  await database.db.execute(sql`update account_balances set balance_fen = balance_fen + 5 where account_person_id = ${chen}`);
  const result = await verifyLedger(database.db, { parallel: 3 });
  expect(result.mismatches).toEqual([{ area: "account", personId: chen, what: "running balance = sum of the entries", expected: chenBalance, actual: chenBalance + 5 }]);
});

test("a settlement whose status disagrees with settlement_reversals is reported, either way round", async () => {
  const ids = await settleSeveral();
  // ids[1] was reversed: its status now says settled; ids[0] was not: its status now says reversed.
  await database.db.execute(sql`update settlements set status = 'settled' where id = ${ids[1]!}`);
  await database.db.execute(sql`update settlements set status = 'reversed' where id = ${ids[0]!}`);
  const result = await verifyLedger(database.db, { parallel: 3 });
  const statuses = result.mismatches.filter((m) => m.what === "status agrees with settlement_reversals");
  expect(statuses.sort((a, b) => (a.settlementId! < b.settlementId! ? -1 : 1))).toEqual(
    [
      { area: "settlement", personId: chen, year: 2026, settlementId: ids[1], what: "status agrees with settlement_reversals", expected: "reversed", actual: "settled" },
      { area: "settlement", personId: chen, year: 2026, settlementId: ids[0], what: "status agrees with settlement_reversals", expected: "settled", actual: "reversed" },
    ].sort((a, b) => (a.settlementId! < b.settlementId! ? -1 : 1)),
  );
});

test("a bucket only in a settlement's accumulators before, a stored bucket without settlements and a reversed settlement's own figures are checked", async () => {
  const ids = await settleSeveral();
  // ids[1] is reversed: left out of the sums, but its own figures are still checked.
  await database.db.execute(sql`update settlements set psn_cash_pay_fen = psn_cash_pay_fen + 3 where id = ${ids[1]!}`);
  // A bucket the engine's "before" names and its "after" does not: the increment is minus its figure.
  await database.db.execute(sql`update settlements set accumulators_before = jsonb_set(accumulators_before, '{fundPaid,inpatient}', '100') where id = ${ids[0]!}`);
  await database.db.execute(sql`insert into accumulator_buckets (person_id, year, bucket, policy_scope_fen) values (${lin}, 2026, 'inpatient', 40)`);
  const result = await verifyLedger(database.db, { parallel: 3 });
  const cash = (await queryRows<{ fen: string }>(database, sql`select psn_cash_pay_fen::text as fen from settlements where id = ${ids[1]!}`))[0]!.fen;
  expect(result.mismatches).toEqual([
    { area: "settlement", personId: chen, year: 2026, settlementId: ids[1], what: "psn_cash_pay column", expected: Number(cash) - 3, actual: Number(cash) },
    { area: "accumulators", personId: chen, year: 2026, what: "fundPaid.inpatient", expected: -100, actual: 0 },
    { area: "accumulators", personId: lin, year: 2026, what: "policyScopeAmount.inpatient", expected: 0, actual: 40 },
  ].sort((a, b) => (a.personId < b.personId ? -1 : 1)));
  expect(result.mismatchCount).toBe(3);
});

test("a stored figure that is not a whole number of fen stops the verification with a plain error, changing nothing", async () => {
  const ids = await settleSeveral();
  await database.db.execute(sql`update settlements set result = jsonb_set(result, '{amounts,medfee_sumamt}', '12.5') where id = ${ids[2]!}`);
  await expect(verifyLedger(database.db)).rejects.toThrow(/The ledger is damaged: a stored engine output holds a figure that is not a whole number of fen/);
  const [row] = await queryRows<{ amount: string }>(database, sql`select result->'amounts'->>'medfee_sumamt' as amount from settlements where id = ${ids[2]!}`);
  expect(row!.amount).toBe("12.5");
});

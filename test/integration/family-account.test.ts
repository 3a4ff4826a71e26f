import { afterEach, beforeEach, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { personId } from "@/lib/seed/people";
import { seedId } from "@/lib/seed/seed-id";
import { acceptGrant, createGrant, endGrant } from "@/lib/family/grant-changes";
import { settleWithFamilyAccount } from "@/lib/ledger/family-account";
import { accountBalance } from "@/lib/ledger";
import { createTestDatabase, queryRows } from "../helpers/test-db";
import { DAY, NOW, openAccount, outpatientBill, yangzhouHanjiang } from "../helpers/ledger-fixtures";

let database: Database;
const account = (key: string) => ({ userId: seedId(`user:${key}`), personId: personId(key) });
const grandfather = account("zhou-gh");
const son = account("zhou-wei");
const mother = account("wu-jing");

beforeEach(async () => {
  database = await createTestDatabase("demo-june");
  await openAccount(database.db, grandfather.personId, 50_000);
  await openAccount(database.db, son.personId, 50_000);
});
afterEach(async () => database.close());

const bill = (key: string, patient: string, payer: string) => ({
  ...outpatientBill(key, 12_000, { personId: patient, facilityId: yangzhouHanjiang, serviceDate: DAY, now: NOW }),
  accountPersonId: payer,
});

async function payerAndBeneficiary(settlementId: string) {
  return queryRows<{ payer: string; beneficiary: string; amount: string }>(
    database,
    sql`select account_person_id as payer, beneficiary_person_id as beneficiary, amount_fen::text as amount from account_entries where kind = 'settlement' and settlement_id = ${settlementId}`,
  );
}

test("with a pay_from_account grant the son's bill draws on his father's account, recorded for whom", async () => {
  const { id } = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["pay_from_account"] }, NOW);
  await expect(settleWithFamilyAccount(database.db, son, bill("g-1", son.personId, grandfather.personId))).rejects.toMatchObject({ code: "forbidden" });
  await acceptGrant(database.db, son, id, NOW);
  const before = await accountBalance(database.db, grandfather.personId);
  const { settlement } = await settleWithFamilyAccount(database.db, son, bill("g-2", son.personId, grandfather.personId));
  expect(settlement.amounts).toMatchObject({ acct_mulaid_pay: 12_000 });
  expect(await accountBalance(database.db, grandfather.personId)).toBe(before - 12_000);
  expect(await payerAndBeneficiary(settlement.id)).toEqual([{ payer: grandfather.personId, beneficiary: son.personId, amount: "-12000" }]);
  await endGrant(database.db, grandfather, id, NOW);
  await expect(settleWithFamilyAccount(database.db, son, bill("g-3", son.personId, grandfather.personId))).rejects.toMatchObject({ code: "forbidden" });
});

test("a guardian pays the dependant child's bill from the guardian's own account", async () => {
  const before = await accountBalance(database.db, son.personId);
  const { settlement } = await settleWithFamilyAccount(database.db, son, bill("c-1", personId("zhou-yu"), son.personId));
  const [entry] = await payerAndBeneficiary(settlement.id);
  expect(entry).toMatchObject({ payer: son.personId, beneficiary: personId("zhou-yu") });
  // The child's resident insurance pays its share first; the father's account pays what is left.
  expect(Number(entry!.amount)).toBeLessThan(0);
  expect(await accountBalance(database.db, son.personId)).toBe(before + Number(entry!.amount));
  // The mother is also a guardian, but cannot draw on the father's account without his grant.
  await expect(settleWithFamilyAccount(database.db, mother, bill("c-2", personId("zhou-yu"), son.personId))).rejects.toMatchObject({ code: "forbidden" });
});

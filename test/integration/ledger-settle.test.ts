import { STATUS } from "@/lib/http";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { terminals } from "@/lib/db/schema";
import { isDomainError } from "@/lib/errors/domain-error";
import { accountBalance, loadAccumulators, settle, verifyLedger } from "@/lib/ledger";
import { createTestDatabase, queryRows } from "../helpers/test-db";
import { DAY, NOW, chen, lin, openAccount, outpatientBill, sanmingLiedong, wuhanWuchang, yangzhouHanjiang, zhao, zhouWei, zhouYu } from "../helpers/ledger-fixtures";

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase("ledger-world");
  await openAccount(database.db, chen, 300_000);
});
afterEach(async () => database.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "no error";
  } catch (error) {
    return isDomainError(error) ? error.code : "unexpected";
  }
}

async function count(table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return row!.n;
}

describe("settle", () => {
  test("settles a bill against the ledger and writes accumulators and the account entry", async () => {
    const { settlement, replayed } = await settle(database.db, outpatientBill("k1", 100_000));
    expect(replayed).toBe(false);
    // 1 000 yuan at a level-3 hospital: 700 deductible, then 75 % of 300 (明医保函〔2023〕20号).
    expect(settlement.amounts).toMatchObject({ medfee_sumamt: 100_000, act_pay_dedc: 70_000, hifp_pay: 22_500, acct_pay: 77_500, psn_cash_pay: 0, balc: 222_500 });
    expect(settlement.visit).toMatchObject({ kind: "general_outpatient", facilityLevel: 3, crossRegion: "none" });
    expect(settlement.explanation.zh[0]).toContain("总费用");
    const accumulators = await loadAccumulators(database.db, chen, 2026);
    expect(accumulators.fundPaid.general_outpatient).toBe(22_500);
    expect(accumulators.deductiblePaid.general_outpatient).toBe(70_000);
    expect(await accountBalance(database.db, chen)).toBe(222_500);
    expect(await count("settlement_lines")).toBe(1);
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });

  test("the next bill sees the deductible already met", async () => {
    await settle(database.db, outpatientBill("k1", 100_000));
    const { settlement } = await settle(database.db, outpatientBill("k2", 10_000, { facilityId: sanmingLiedong }));
    // Level 1: 85 % with nothing left of the deductible.
    expect(settlement.amounts).toMatchObject({ act_pay_dedc: 0, hifp_pay: 8_500 });
    expect(settlement.accumulatorsBefore.fundPaid.general_outpatient).toBe(22_500);
  });

  test("the same key answers with the first settlement and writes nothing more", async () => {
    const first = await settle(database.db, outpatientBill("k1", 100_000));
    const again = await settle(database.db, outpatientBill("k1", 100_000, { now: new Date(NOW.getTime() + 60_000) }));
    expect(again.replayed).toBe(true);
    expect(again.settlement.id).toBe(first.settlement.id);
    expect(again.settlement.amounts).toEqual(first.settlement.amounts);
    expect(await count("settlements")).toBe(1);
    expect(await accountBalance(database.db, chen)).toBe(222_500);
  });

  test("a key reused for a different request is refused with a conflict", async () => {
    await settle(database.db, outpatientBill("k1", 100_000));
    const error = await settle(database.db, outpatientBill("k1", 100_100)).catch((e: unknown) => e);
    expect(isDomainError(error) && [error.code, STATUS[error.code]]).toEqual(["idempotency_key_reused", 409]);
  });

  test("keys are scoped per terminal", async () => {
    const [a, b] = await database.db
      .insert(terminals)
      .values([
        { name: "A", keyHash: "a".repeat(64) },
        { name: "B", keyHash: "b".repeat(64) },
      ])
      .returning({ id: terminals.id });
    const first = await settle(database.db, outpatientBill("1", 10_000, { terminalId: a!.id }));
    const second = await settle(database.db, outpatientBill("1", 20_000, { terminalId: b!.id }));
    expect(second.settlement.id).not.toBe(first.settlement.id);
  });

  test("a chronic-disease bill needs an approval in force that day", async () => {
    expect(await codeOf(settle(database.db, outpatientBill("c1", 20_000, { visit: { kind: "chronic_outpatient", disease: "hypertension" } })))).toBe("chronic_not_approved");
    const { settlement } = await settle(database.db, outpatientBill("c2", 20_000, { visit: { kind: "chronic_outpatient", disease: "diabetes" } }));
    expect(settlement.bucket).toBe("chronic:diabetes");
    expect((await loadAccumulators(database.db, chen, 2026)).fundPaid["chronic:diabetes"]).toBe(settlement.amounts.hifp_pay);
  });

  test("a later admission in the year gets the lower deductible", async () => {
    const first = await settle(database.db, outpatientBill("i1", 500_000, { visit: { kind: "inpatient" }, useAccount: false }));
    const second = await settle(database.db, outpatientBill("i2", 500_000, { visit: { kind: "inpatient" }, useAccount: false }));
    expect(first.settlement.visit.admissionOfYear).toBe(1);
    expect(second.settlement.visit.admissionOfYear).toBe(2);
    expect(second.settlement.amounts.act_pay_dedc).toBeLessThan(first.settlement.amounts.act_pay_dedc);
  });

  test("care away from home without a filing is unfiled; a referral or emergency says so", async () => {
    const away = await settle(database.db, outpatientBill("x1", 10_000, { facilityId: yangzhouHanjiang }));
    expect(away.settlement.visit.crossRegion).toBe("unfiled_other");
    const urgent = await settle(database.db, outpatientBill("x2", 10_000, { facilityId: yangzhouHanjiang, visit: { kind: "general_outpatient", unfiledReferralOrEmergency: true } }));
    expect(urgent.settlement.visit.crossRegion).toBe("unfiled_referral");
  });

  test("a relative's account pays through family mutual aid, recorded on the payer's account", async () => {
    await openAccount(database.db, zhouWei, 50_000);
    const { settlement } = await settle(database.db, {
      personId: zhouYu,
      facilityId: yangzhouHanjiang,
      visit: { kind: "general_outpatient" },
      lines: [{ name: "门诊", itemClass: "C", amountFen: 12_000 }],
      idempotencyKey: "family-1",
      useAccount: true,
      accountPersonId: zhouWei,
      serviceDate: DAY,
      now: NOW,
    });
    expect(settlement.amounts).toMatchObject({ acct_pay: 12_000, acct_mulaid_pay: 12_000 });
    expect(await accountBalance(database.db, zhouWei)).toBe(38_000);
    const [entry] = await queryRows<{ beneficiary: string; amount: string }>(
      database,
      sql`select beneficiary_person_id as beneficiary, amount_fen::text as amount from account_entries where kind = 'settlement'`,
    );
    expect(entry).toEqual({ beneficiary: zhouYu, amount: "-12000" });
    // Chen is no relative of the child.
    expect(await codeOf(settle(database.db, { ...outpatientBill("family-2", 1_000, { personId: zhouYu, facilityId: yangzhouHanjiang }), accountPersonId: chen }))).toBe("family_account_refused");
  });

  test("refuses a future day, unknown people, places and items, and malformed requests, before writing", async () => {
    expect(await codeOf(settle(database.db, outpatientBill("f1", 1_000, { serviceDate: "2026-06-16" })))).toBe("service_date_in_future");
    expect(await codeOf(settle(database.db, outpatientBill("f2", 1_000, { personId: "00000000-0000-4000-8000-000000000000" })))).toBe("person_not_found");
    expect(await codeOf(settle(database.db, outpatientBill("f3", 1_000, { lines: [] })))).toBe("invalid_settlement_request");
    expect(await codeOf(settle(database.db, outpatientBill("f5", 1_000, { facilityId: "00000000-0000-4000-8000-000000000002" })))).toBe("facility_not_found");
    expect(await codeOf(settle(database.db, outpatientBill("f4", 1_000, { lines: [{ code: "NOT-A-CODE", amountFen: 100 }] })))).toBe("unknown_catalogue_item");
    expect(await count("settlements")).toBe(0);
  });

  test("an assisted resident's bill records medical assistance in the year's figures", async () => {
    const { settlement } = await settle(database.db, {
      personId: zhao,
      facilityId: wuhanWuchang,
      visit: { kind: "inpatient" },
      lines: [{ name: "住院", itemClass: "A", amountFen: 2_000_000 }],
      idempotencyKey: "zhao-1",
      useAccount: false,
      serviceDate: DAY,
      now: NOW,
    });
    expect(settlement.amounts.maf_pay).toBeGreaterThan(0);
    const accumulators = await loadAccumulators(database.db, zhao, 2026);
    expect(accumulators.assistancePaid.inpatient).toBe(settlement.amounts.maf_pay);
    expect(accumulators.criticalIllnessPaid).toBe(settlement.amounts.hifmi_pay);
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });
});

describe("a settlement that fails half-way leaves nothing behind", () => {
  test("a failure right after the settlement row is written rolls everything back", async () => {
    const headsBefore = await count("ledger_heads");
    const error = await settle(database.db, outpatientBill("h1", 100_000), {
      afterSettlementInsert: () => {
        throw new Error("injected failure");
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    for (const table of ["settlements", "settlement_lines", "accumulator_buckets", "accumulator_years"]) expect(await count(table)).toBe(0);
    expect(await count("account_entries")).toBe(1); // only the opening balance
    expect(await count("ledger_heads")).toBe(headsBefore);
    expect(await accountBalance(database.db, chen)).toBe(300_000);
    // The key is still free: a retry settles normally.
    const retry = await settle(database.db, outpatientBill("h1", 100_000));
    expect(retry.replayed).toBe(false);
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });

  test("a constraint violation on the settlement row rolls everything back", async () => {
    // No such terminal: the foreign key refuses the settlement row after the lock row was written.
    const error = await settle(database.db, outpatientBill("h2", 100_000, { terminalId: "00000000-0000-4000-8000-000000000001" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(false);
    for (const table of ["settlements", "settlement_lines", "accumulator_buckets", "ledger_heads"]) expect(await count(table)).toBe(0);
    expect(await accountBalance(database.db, chen)).toBe(300_000);
  });

  test("a failed settlement does not disturb another person's", async () => {
    await openAccount(database.db, lin, 10_000);
    await settle(database.db, outpatientBill("l1", 5_000, { personId: lin, facilityId: sanmingLiedong })).catch(() => undefined);
    await settle(database.db, outpatientBill("h3", 100_000), { afterSettlementInsert: () => Promise.reject(new Error("injected")) }).catch(() => undefined);
    expect(await count("settlements")).toBe(1);
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });
});

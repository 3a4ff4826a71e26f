import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, inject, test } from "vitest";
import { openDatabase, runTransaction, type Database } from "@/lib/db";
import { accountBalance, settle, verifyLedger } from "@/lib/ledger";
import { isUniqueViolation } from "@/lib/ledger/idempotency";
import { queryRows } from "../helpers/test-db";
import { chen, openAccount, outpatientBill } from "../helpers/ledger-fixtures";

// The app server's PGlite runs on a worker thread (lib/db/pglite-thread.ts): the same database,
// driven through the same ORM, must behave exactly as the in-process one the other tests use.
describe.skipIf(inject("databaseKind") === "postgres")("PGlite on its own thread", () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ pgliteLoadDataDir: new Blob([readFileSync(inject("pgliteDumps")["ledger-world"])]), pgliteThread: true });
  });
  afterEach(async () => database.close());

  test("answers queries with the types the ORM expects: dates as text, JSON parsed, numbers", async () => {
    const [row] = await queryRows<{ d: string; j: { a: number }; n: number }>(database, sql`select '2026-03-01'::date as d, json_build_object('a', 1) as j, 2::int as n`);
    expect(row).toEqual({ d: "2026-03-01", j: { a: 1 }, n: 2 });
  });

  test("a transaction that fails leaves nothing; a database error keeps its code and constraint", async () => {
    await database.db.execute(sql`create table thread_probe (id int primary key)`);
    const failed = runTransaction(database.db, async (tx) => {
      await tx.execute(sql`insert into thread_probe values (1)`);
      throw new Error("after the insert");
    });
    await expect(failed).rejects.toThrow("after the insert");
    expect(await queryRows(database, sql`select id from thread_probe`)).toEqual([]);
    await database.db.execute(sql`insert into thread_probe values (1)`);
    const duplicate = await database.db.execute(sql`insert into thread_probe values (1)`).catch((error: unknown) => error);
    expect(isUniqueViolation(duplicate, "thread_probe_pkey")).toBe(true);
  });

  test("concurrent settlements for one person run one after another: the ledger stays whole", async () => {
    await openAccount(database.db, chen, 500_000);
    const settled = await Promise.all(Array.from({ length: 6 }, (_, i) => settle(database.db, outpatientBill(`thread-${i}`, 20_000))));
    const paid = settled.reduce((sum, s) => sum + s.settlement.amounts.acct_pay, 0);
    expect(paid).toBeGreaterThan(0);
    expect(500_000 - (await accountBalance(database.db, chen))).toBe(paid);
    // Each saw exactly what the one before it left.
    const byBalance = settled.map((s) => s.settlement.amounts.balc).sort((a, b) => b - a);
    expect(byBalance.at(-1)).toBe(await accountBalance(database.db, chen));
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { inject } from "vitest";
import { sql } from "drizzle-orm";
import type { Database, Db } from "@/lib/db/open";
import { runTransaction, sqlStateOf } from "@/lib/db/transaction";
import { log } from "@/lib/log";
import { settle, verifyLedger } from "@/lib/ledger";
import { createTestDatabase, queryRows } from "../helpers/test-db";
import { chen, openAccount, outpatientBill, seedLedgerWorld } from "../helpers/ledger-fixtures";

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table scratch (id integer primary key, amount integer not null)`);
});
afterEach(async () => database.close());

const onPostgres = inject("databaseKind") === "postgres";
const fast = { baseDelayMs: 1, maxDelayMs: 5 };

/** Makes the database itself abort the statement with this SQLSTATE (a real server error, on PGlite too). */
function raise(tx: Db, sqlState: string) {
  return tx.execute(sql.raw(`do $$ begin raise exception 'forced by the test' using errcode = '${sqlState}'; end $$`));
}

async function scratchRows(): Promise<{ id: number; amount: number }[]> {
  return queryRows(database, sql`select id, amount from scratch order by id`);
}

/** Lets two concurrent transactions meet at one point before either goes on. */
function barrier(parties: number): () => Promise<void> {
  let waiting = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return async () => {
    waiting += 1;
    if (waiting === parties) release();
    await all;
  };
}

describe("runTransaction on serialization failures and deadlocks raised by the database", () => {
  test.each(["40001", "40P01"])("SQLSTATE %s: the work runs again and its first attempts leave nothing behind", async (sqlState) => {
    const retries: { attempt: number; sqlState: string }[] = [];
    let attempts = 0;
    const result = await runTransaction(
      database.db,
      async (tx) => {
        attempts += 1;
        await tx.execute(sql`insert into scratch (id, amount) values (${attempts}, 100)`);
        if (attempts < 3) await raise(tx, sqlState);
        return attempts;
      },
      { retry: fast, onRetry: ({ attempt, sqlState: state }) => retries.push({ attempt, sqlState: state }) },
    );
    expect(result).toBe(3);
    expect(retries).toEqual([{ attempt: 1, sqlState }, { attempt: 2, sqlState }]);
    expect(await scratchRows()).toEqual([{ id: 3, amount: 100 }]);
  });

  test("gives up after maxAttempts and throws the database's last error", async () => {
    let attempts = 0;
    const error = await runTransaction(
      database.db,
      async (tx) => {
        attempts += 1;
        await raise(tx, "40001");
      },
      { retry: { ...fast, maxAttempts: 4 }, onRetry: () => {} },
    ).catch((e: unknown) => e);
    expect(attempts).toBe(4);
    expect(sqlStateOf(error)).toBe("40001");
  });

  test("any other error is thrown at once, without a retry", async () => {
    let attempts = 0;
    const error = await runTransaction(database.db, async (tx) => {
      attempts += 1;
      await tx.execute(sql`insert into scratch (id, amount) values (1, 1), (1, 2)`);
    }).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect(sqlStateOf(error)).toBe("23505");
  });

  test("inside another transaction it is a savepoint; the outermost transaction is the one retried", async () => {
    let outer = 0;
    let inner = 0;
    await runTransaction(
      database.db,
      async (tx) => {
        outer += 1;
        await tx.execute(sql`insert into scratch (id, amount) values (${outer * 10}, 1)`);
        await runTransaction(tx, async (nested) => {
          inner += 1;
          if (outer === 1) await raise(nested, "40001");
        });
      },
      { retry: fast, onRetry: () => {} },
    );
    expect([outer, inner]).toEqual([2, 2]);
    expect(await scratchRows()).toEqual([{ id: 20, amount: 1 }]);
  });

  test("settle retries as a whole: one settlement and a consistent ledger after a forced serialization failure", async () => {
    await seedLedgerWorld(database.db);
    await openAccount(database.db, chen, 100_000);
    let failures = 0;
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    let warnings: unknown[][] = [];
    try {
      const result = await settle(database.db, outpatientBill("forced-40001", 50_000), {
        // Right after the settlement row is written: the retry must not find it, nor write a second.
        afterSettlementInsert: async (tx) => {
          if (failures > 0) return;
          failures += 1;
          await raise(tx, "40001");
        },
      });
      expect(result.replayed).toBe(false);
    } finally {
      warnings = [...warn.mock.calls];
      warn.mockRestore();
    }
    expect(failures).toBe(1);
    expect(warnings).toEqual([[{ sqlState: "40001", attempt: 1, maxAttempts: 5 }, "database: transaction retried"]]);
    const rows = await queryRows<{ n: number | string }>(database, sql`select count(*) as n from settlements where idempotency_key = 'forced-40001'`);
    expect(Number(rows[0]!.n)).toBe(1);
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });
});

describe.runIf(onPostgres)("runTransaction under real conflicts between two connections (PostgreSQL)", () => {
  test("SERIALIZABLE write skew: one transaction fails with 40001, is run again and sees the other's row", async () => {
    const meet = barrier(2);
    const retried: string[] = [];
    // Each adds a row worth the sum it read: run one after the other, the second reads 100.
    const addSum = (id: number) =>
      runTransaction(
        database.db,
        async (tx) => {
          const { rows } = (await tx.execute(sql`select coalesce(sum(amount), 0)::int as total from scratch`)) as unknown as { rows: { total: number }[] };
          if (retried.length === 0) await meet();
          await tx.execute(sql`insert into scratch (id, amount) values (${id}, ${rows[0]!.total + 100})`);
        },
        { isolationLevel: "serializable", retry: fast, onRetry: ({ sqlState }) => retried.push(sqlState) },
      );
    await Promise.all([addSum(1), addSum(2)]);
    expect(retried).toEqual(["40001"]);
    expect((await scratchRows()).map((r) => r.amount).sort()).toEqual([100, 200]);
  });

  test("deadlock: two transactions lock two rows in opposite order; the victim (40P01) is run again", async () => {
    await database.db.execute(sql`insert into scratch (id, amount) values (1, 0), (2, 0)`);
    const meet = barrier(2);
    const retried: string[] = [];
    const bump = (first: number, second: number) =>
      runTransaction(
        database.db,
        async (tx) => {
          await tx.execute(sql`update scratch set amount = amount + 1 where id = ${first}`);
          if (retried.length === 0) await meet();
          await tx.execute(sql`update scratch set amount = amount + 1 where id = ${second}`);
        },
        { retry: fast, onRetry: ({ sqlState }) => retried.push(sqlState) },
      );
    await Promise.all([bump(1, 2), bump(2, 1)]);
    expect(retried).toEqual(["40P01"]);
    expect(await scratchRows()).toEqual([{ id: 1, amount: 2 }, { id: 2, amount: 2 }]);
  });
});

import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { detectEngine } from "@/lib/db/engine";
import { migrateDatabase } from "@/lib/db/migrate";
import type { Database } from "@/lib/db/open";
import { settle } from "@/lib/ledger";
import { chen, openAccount, outpatientBill, seedLedgerWorld } from "../helpers/ledger-fixtures";
import { createEmptyDatabase, createTestDatabase, queryRows } from "../helpers/test-db";
import { addTerminal } from "../helpers/voucher-fixtures";
import { personId, seedDemoData, seedId } from "@/lib/seed";

let database: Database;
beforeEach(async () => { database = await createTestDatabase(); });
afterEach(async () => { await database.close(); });

test("the committed migrations create every table", async () => {
  const rows = await queryRows<{ table_name: string }>(
    database,
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  const names = rows.map((r) => r.table_name);
  for (const table of ["people", "enrolments", "facilities", "regions", "sessions", "otp_challenges", "terminals"]) {
    expect(names).toContain(table);
  }
});

test("0001 marks the demo Qingyuan change interval unverified in a database seeded before it", async () => {
  // As such a database stands after the column is added: the old row, the new column at its default.
  await database.db.execute(sql`insert into regions (code, name, name_en, province, policy_id, requires_chosen_clinic, alliance_as_one_unit, clinic_change_interval_days)
    values ('441800', '清远市', 'Qingyuan', '广东省', 'CN-441800', true, true, 365), ('350400', '三明市', 'Sanming', '福建省', 'CN-350400', false, false, 30)`);
  const migration = readFileSync(path.join(process.cwd(), "lib/db/migrations/0001_clinic_interval_unverified.sql"), "utf8");
  const update = migration.split("--> statement-breakpoint").find((statement) => statement.includes("UPDATE"))!;
  await database.db.execute(sql.raw(update));
  const rows = await queryRows<{ code: string; clinic_change_interval_unverified: boolean }>(
    database,
    sql`select code, clinic_change_interval_unverified from regions order by code`,
  );
  expect(rows).toEqual([
    { code: "350400", clinic_change_interval_unverified: false },
    { code: "441800", clinic_change_interval_unverified: true },
  ]);
});

describe("0003: portable SQL for the settlements' idempotency key", () => {
  /** A copy of the app-made settlement `key` under a new id, with the given terminal; returns the SQLSTATE and constraint it failed on. */
  async function copySettlement(key: string, terminalId: string | null): Promise<{ code?: string; constraint?: string } | null> {
    const terminal = terminalId === null ? sql`'null'::jsonb` : sql`to_jsonb(${terminalId}::text)`;
    const error = await database.db
      .execute(sql`insert into settlements select (jsonb_populate_record(null::settlements,
          to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'terminal_id', ${terminal}))).*
        from settlements s where idempotency_key = ${key} and terminal_id is null`)
      .then(() => null, (e: unknown) => e);
    if (error === null) return null;
    const cause = (error as { cause?: { code?: string; constraint?: string; message?: string } }).cause ?? (error as { code?: string; constraint?: string });
    return { code: cause.code, constraint: cause.constraint ?? /"([a-z_]+)"/.exec(String((cause as { message?: string }).message))?.[1] };
  }

  test("keys stay unique per terminal and among the app's own settlements, with no NULLS NOT DISTINCT left", async () => {
    await seedLedgerWorld(database.db);
    await openAccount(database.db, chen, 10_000);
    await settle(database.db, outpatientBill("app-made-0001", 10_000));
    const [t1, t2] = [await addTerminal(database, "ybt_migration_test_key_0001"), await addTerminal(database, "ybt_migration_test_key_0002")];

    expect(await copySettlement("app-made-0001", null)).toEqual({ code: "23505", constraint: "settlements_idempotency_key_without_terminal" });
    expect(await copySettlement("app-made-0001", t1)).toBeNull(); // the same key at a terminal is another request
    expect(await copySettlement("app-made-0001", t2)).toBeNull();
    expect(await copySettlement("app-made-0001", t1)).toEqual({ code: "23505", constraint: "settlements_idempotency_key" });

    const definitions = await queryRows<{ definition: string }>(
      database,
      sql`select pg_get_constraintdef(oid) as definition from pg_constraint where conrelid = 'settlements'::regclass
          union all select indexdef from pg_indexes where tablename = 'settlements'`,
    );
    expect(definitions.map((d) => d.definition).join("\n")).not.toMatch(/NULLS NOT DISTINCT/i);
  });

  test("its statements can run again on a migrated database (a run cut short is repeated, not repaired)", async () => {
    const migration = readFileSync(path.join(process.cwd(), "lib/db/migrations/0003_portable_sql.sql"), "utf8");
    for (const statement of migration.split("--> statement-breakpoint")) await database.db.execute(sql.raw(statement));
    const rows = await queryRows<{ indexname: string }>(database, sql`select indexname from pg_indexes where tablename = 'settlements' and indexname like 'settlements_idempotency%' order by indexname`);
    expect(rows.map((r) => r.indexname)).toEqual(["settlements_idempotency_key", "settlements_idempotency_key_without_terminal"]);
  });
});

describe("0005: who the family member is, on grants made before it was recorded", () => {
  test("a grant between registered relatives takes the registry's relation; another stays without one; a second run changes nothing", async () => {
    await seedDemoData(database.db, { today: new Date("2026-03-01T02:00:00Z") });
    const insert = (grantor: string, grantee: string) =>
      database.db.execute(sql`insert into grants (grantor_person_id, grantee_user_id, scopes, valid_from, created_at)
        values (${personId(grantor)}, ${seedId(`user:${grantee}`)}, array['view_coverage'], now(), now())`);
    // As such grants stand after the column is added: no relation.
    await insert("zhou-gh", "zhou-wei"); // registered: the son
    await insert("zhou-gh", "wu-jing"); // the daughter-in-law: not in the registry
    const migration = readFileSync(path.join(process.cwd(), "lib/db/migrations/0005_grant_relation_access_log_place.sql"), "utf8");
    const update = migration.split("--> statement-breakpoint").find((statement) => statement.includes('UPDATE "grants"'))!;
    for (let run = 0; run < 2; run++) await database.db.execute(sql.raw(update));
    const rows = await queryRows<{ grantee: string; relation: string | null }>(
      database,
      sql`select u.phone as grantee, g.relation from grants g join users u on u.id = g.grantee_user_id order by u.phone`,
    );
    expect(rows).toEqual([
      { grantee: "13800000006", relation: "child" },
      { grantee: "13800000007", relation: null },
    ]);
  });
});

describe("0006: running balances of accounts whose entries were made before it", () => {
  test("each account's running balance becomes the sum of its entries; a second run changes nothing", async () => {
    await seedLedgerWorld(database.db);
    await openAccount(database.db, chen, 50_000);
    await settle(database.db, outpatientBill("before-0006", 20_000));
    // As such an account stands after the table is created: entries, and no running balance.
    await database.db.execute(sql`delete from account_balances`);
    const migration = readFileSync(path.join(process.cwd(), "lib/db/migrations/0006_account_running_balance.sql"), "utf8");
    const backfill = migration.split("--> statement-breakpoint").find((statement) => statement.includes('INSERT INTO "account_balances"'))!;
    for (let run = 0; run < 2; run++) await database.db.execute(sql.raw(backfill));
    const [entries] = await queryRows<{ sum: string }>(database, sql`select sum(amount_fen)::text as sum from account_entries where account_person_id = ${chen}`);
    const rows = await queryRows<{ person: string; balance: string }>(database, sql`select account_person_id as person, balance_fen::text as balance from account_balances`);
    expect(Number(entries!.sum)).toBeLessThan(50_000); // the bill took something from the account
    expect(rows).toEqual([{ person: chen, balance: entries!.sum }]);
  });
});

describe("migrating statement by statement (for engines that advise against schema changes in transactions)", () => {
  /** Tables, columns, indexes and constraints of the public schema, as text to compare. */
  async function schemaOf(db: Database): Promise<string[]> {
    const rows = await queryRows<{ line: string }>(
      db,
      sql`select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable as line from information_schema.columns where table_schema = 'public'
          union all select 'index ' || indexname || ' ' || indexdef from pg_indexes where schemaname = 'public'
          union all select 'constraint ' || conname || ' ' || pg_get_constraintdef(c.oid) from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public'
          order by 1`,
    );
    return rows.map((r) => r.line);
  }

  test("gives the same schema as drizzle's one transaction, and the two ways continue each other", async () => {
    const empty = await createEmptyDatabase();
    try {
      await migrateDatabase(empty, { statementByStatement: true });
      expect(await schemaOf(empty)).toEqual(await schemaOf(database));
      const applied = await queryRows<{ n: number | string }>(empty, sql`select count(*) as n from drizzle.__drizzle_migrations`);
      expect(Number(applied[0]!.n)).toBe(journalLength());
      // drizzle's migrator finds nothing left to do, and neither does a second statement-by-statement run.
      await migrateDatabase(empty);
      await migrateDatabase(empty, { statementByStatement: true });
      const after = await queryRows<{ n: number | string }>(empty, sql`select count(*) as n from drizzle.__drizzle_migrations`);
      expect(Number(after[0]!.n)).toBe(journalLength());
    } finally {
      await empty.close();
    }
  });
});

describe("per-engine catalogue indexes", () => {
  test("PostgreSQL and PGlite keep the text_pattern_ops prefix indexes of 0000; the server is recognised as PostgreSQL", async () => {
    expect(await detectEngine(database.db)).toBe("postgres");
    await migrateDatabase(database);
    const rows = await queryRows<{ indexname: string; indexdef: string }>(database, sql`select indexname, indexdef from pg_indexes where tablename = 'catalogue_items' and indexdef like '%pattern_ops%' order by indexname`);
    expect(rows.map((r) => r.indexname)).toEqual(["catalogue_items_code_search_idx", "catalogue_items_initials_idx", "catalogue_items_name_search_idx"]);
  });
});

function journalLength(): number {
  return (JSON.parse(readFileSync(path.join(process.cwd(), "lib/db/migrations/meta/_journal.json"), "utf8")) as { entries: unknown[] }).entries.length;
}

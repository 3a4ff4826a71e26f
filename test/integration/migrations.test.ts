import { afterEach, beforeEach, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { createTestDatabase, queryRows } from "../helpers/test-db";

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

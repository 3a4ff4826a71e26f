import { afterEach, beforeEach, expect, test } from "vitest";
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

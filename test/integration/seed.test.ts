import { afterEach, beforeEach, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { seedDemoData } from "@/lib/seed";
import { createTestDatabase, queryRows } from "../helpers/test-db";

let database: Database;
beforeEach(async () => { database = await createTestDatabase(); });
afterEach(async () => database.close());

const today = new Date("2026-11-22T00:00:00Z");

test("the demo data covers the regions, facilities and people the product needs", async () => {
  const first = await seedDemoData(database.db, { today });
  expect(first.terminalKey).toMatch(/^ybt_/);
  expect(first.counts).toMatchObject({ regions: 4, people: 10 });
  expect(first.counts.facilities).toBeGreaterThanOrEqual(28);

  const withoutEnglish = await queryRows<{ name: string }>(database, sql`select name from facilities where address_en is null or hours_en is null`);
  expect(withoutEnglish).toEqual([]);
  const levels = await queryRows<{ level: number }>(database, sql`select distinct level from facilities order by level`);
  expect(levels.map((r) => r.level)).toEqual([0, 1, 2, 3]);
  const kinds = await queryRows<{ k: string }>(database, sql`
    select distinct case
      when e.insurance = 'resident' then 'resident'
      else e.insurance || '_' || e.status end as k
    from enrolments e`);
  expect(kinds.map((r) => r.k).sort()).toEqual(["employee_active", "employee_retired", "resident"]);
  const [child] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from people where birth_date > '2010-11-22'`);
  expect(child!.n).toBeGreaterThanOrEqual(1);
  const [filed] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from cross_region_filings where kind = 'relocated_retiree'`);
  expect(filed!.n).toBe(1);
  const [assisted] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from enrolments where assistance = 'subsistence'`);
  expect(assisted!.n).toBe(1);
  const [alliance] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from facilities f join alliances a on a.id = f.alliance_id where a.region_code = '441800'`);
  expect(alliance!.n).toBeGreaterThanOrEqual(3);
});

test("seeding twice changes nothing and keeps the first terminal key", async () => {
  const first = await seedDemoData(database.db, { today });
  const second = await seedDemoData(database.db, { today });
  expect(second.counts).toEqual(first.counts);
  expect(second.terminalKey).toBeNull();
});

test("a configured terminal key replaces the stored one", async () => {
  await seedDemoData(database.db, { today });
  const configured = await seedDemoData(database.db, { today, terminalKey: "ybt_configured_key_123456" });
  expect(configured.terminalKey).toBe("ybt_configured_key_123456");
  const [row] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from terminals`);
  // The counter terminal and the self-service kiosk.
  expect(row!.n).toBe(2);
});

// The benchmark's floor route (POST /api/v1/bench/floor) answers only when the server was started
// for `npm run bench -- counter` with BENCH_FLOOR_ROUTE=1; in any other server it is not there.
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { sql } from "drizzle-orm";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { createTestDatabase, queryRows } from "../helpers/test-db";

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase();
  provideDatabase(database);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.resetModules();
  provideDatabase(null);
  await database.close();
});

const post = () => new Request("http://localhost/api/v1/bench/floor", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ n: 1 }) });

async function floorRoute() {
  vi.resetModules();
  return (await import("@/app/api/v1/bench/floor/route")).POST;
}

test("without BENCH_FLOOR_ROUTE the floor route is not there and writes nothing", async () => {
  vi.stubEnv("BENCH_FLOOR_ROUTE", undefined);
  await database.db.execute(sql`create table bench_floor (id uuid primary key default gen_random_uuid(), body jsonb not null)`);
  const answer = await (await floorRoute())(post());
  expect(answer.status).toBe(404);
  expect(await queryRows<{ n: number }>(database, sql`select count(*)::int as n from bench_floor`)).toEqual([{ n: 0 }]);
});

test("with BENCH_FLOOR_ROUTE=1 it writes one row per request", async () => {
  vi.stubEnv("BENCH_FLOOR_ROUTE", "1");
  await database.db.execute(sql`create table bench_floor (id uuid primary key default gen_random_uuid(), body jsonb not null)`);
  const answer = await (await floorRoute())(post());
  expect(answer.status).toBe(201);
  expect(await queryRows<{ body: unknown }>(database, sql`select body from bench_floor`)).toEqual([{ body: { n: 1 } }]);
});

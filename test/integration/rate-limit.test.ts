import { STATUS } from "@/lib/http";
import { afterEach, beforeEach, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { enforceRateLimit, hitRateLimit, RateLimitedError } from "@/lib/rate-limit";
import { purgeExpired } from "@/lib/retention";
import { createTestDatabase, queryRows } from "../helpers/test-db";

const t0 = new Date("2026-03-01T02:00:10Z");
const rule = { key: "test:a", limit: 3, windowMs: 60_000 };
let database: Database;
beforeEach(async () => { database = await createTestDatabase(); });
afterEach(async () => database.close());

test("counts hits in a fixed window and refuses those over the limit", async () => {
  const results = [];
  for (let i = 0; i < 4; i++) results.push(await hitRateLimit(database.db, rule, t0));
  expect(results.map((r) => [r.count, r.allowed, r.remaining])).toEqual([[1, true, 2], [2, true, 1], [3, true, 0], [4, false, 0]]);
  expect(results[0]!.resetAt.toISOString()).toBe("2026-03-01T02:01:00.000Z");
});

test("a new window starts afresh in one statement; the ended window is left to the retention purge", async () => {
  for (let i = 0; i < 3; i++) await hitRateLimit(database.db, rule, t0);
  await hitRateLimit(database.db, { ...rule, key: "test:b" }, t0);
  const later = new Date(t0.getTime() + 60_000);
  const next = await hitRateLimit(database.db, rule, later);
  expect(next).toMatchObject({ count: 1, allowed: true });
  const rows = await queryRows<{ key: string; count: number }>(database, sql`select key, count from rate_limits order by key, window_start`);
  expect(rows).toEqual([{ key: "test:a", count: 3 }, { key: "test:a", count: 1 }, { key: "test:b", count: 1 }]);
  // Ended windows have expired by the next window: the purge takes them, and only them.
  expect(await purgeExpired(database.db, later)).toMatchObject({ rateLimits: 2 });
  const left = await queryRows<{ key: string; count: number }>(database, sql`select key, count from rate_limits order by key`);
  expect(left).toEqual([{ key: "test:a", count: 1 }]);
});

test("concurrent hits are each counted once (the database does the counting)", async () => {
  const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(database.db, { ...rule, limit: 10 }, t0)));
  expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  expect(results.filter((r) => r.allowed)).toHaveLength(10);
});

test("enforceRateLimit throws a 429 DomainError with the seconds to wait", async () => {
  for (let i = 0; i < 3; i++) await enforceRateLimit(database.db, rule, t0);
  const error = await enforceRateLimit(database.db, rule, t0).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RateLimitedError);
  expect(error).toMatchObject({ code: "rate_limited", params: { retryAfterSeconds: 50 }, retryAfterSeconds: 50 });
  expect(STATUS.rate_limited).toBe(429);
});

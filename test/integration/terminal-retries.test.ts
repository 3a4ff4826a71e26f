/**
 * Retries at the counter never charge twice and never ask for a new scan: a resent bill (same
 * Idempotency-Key, same body) — concurrent with the first or later, after the token expired or
 * after midnight — is answered with the first settlement; retries do not count against the
 * terminal's settlement limit. Runs on PGlite and, with DATABASE_URL, on PostgreSQL (real
 * concurrency through a connection pool).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { sql } from "drizzle-orm";
import { POST as verifyRoute } from "@/app/api/v1/terminal/vouchers/verify/route";
import { POST as settleRoute } from "@/app/api/v1/terminal/settlements/route";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { accountBalance, verifyLedger } from "@/lib/ledger";
import { settleRequestAtTerminal } from "@/lib/terminal";
import { isDomainError } from "@/lib/errors/domain-error";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";
import { codeFrom, demoTerminal, setUpTestDevice, TEST_TERMINAL_KEY, verifyRequest, type TestDevice } from "../helpers/voucher-fixtures";

const now = SEEDED.march;
let database: Database;
let chen: TestDevice;

beforeEach(async () => {
  scans = 0;
  database = await createTestDatabase("demo-march");
  chen = await setUpTestDevice(database, "chen", now);
  provideDatabase(database);
  vi.useFakeTimers({ toFake: ["Date"], now });
});
afterEach(async () => {
  vi.useRealTimers();
  provideDatabase(null);
  await database.close();
});

const noParams = { params: Promise.resolve({}) };

let scans = 0;
/** A fresh code from the phone (each a second older than the last, so no two are the same) and its verification. */
async function scan(): Promise<string> {
  const at = new Date(Date.now() - 1000 * scans++);
  const response = await verifyRoute(verifyRequest({ code: await codeFrom(chen, at) }), noParams);
  expect(response.status).toBe(200);
  return ((await response.json()) as { settlement: { token: string } }).settlement.token;
}

/** 3 boxes of metformin at ¥6.50 and a class-C item: one bill as the terminal page sends it. */
const bill = (token: string, extra: Record<string, unknown> = {}) => ({
  settlementToken: token,
  visit: { kind: "pharmacy" },
  lines: [
    { code: "XA10BAE015A001010100000", quantity: 3, unitPrice: "6.50" },
    { name: "保健品", class: "C", unitPrice: "35.00" },
  ],
  useAccount: true,
  ...extra,
});

function settleRequest(body: unknown, key: string): Request {
  return new Request("http://127.0.0.1/api/v1/terminal/settlements", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TEST_TERMINAL_KEY}`, "idempotency-key": key },
    body: JSON.stringify(body),
  });
}

async function send(body: unknown, key: string) {
  const response = await settleRoute(settleRequest(body, key), noParams);
  return { status: response.status, replayed: response.headers.get("idempotent-replayed"), text: await response.text() };
}

async function settlementCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from settlements where terminal_id is not null`);
  return row!.n;
}

async function settleCountedThisWindow(): Promise<number> {
  const rows = await queryRows<{ count: number }>(database, sql`select count::int as count from rate_limits where key like 'terminal-settle:%'`);
  return rows.reduce((sum, row) => sum + row.count, 0);
}

const STORM = 20;

describe("a retry storm", () => {
  test(`${STORM} concurrent identical retries of one bill: one settlement, ${STORM} identical answers, one charge, one count against the limit`, async () => {
    const token = await scan();
    const before = await accountBalance(database.db, chen.personId);
    const body = bill(token);
    const answers = await Promise.all(Array.from({ length: STORM }, () => send(body, "till-1-bill-0042")));

    expect(answers.map((a) => a.status).sort()).toEqual([...Array(STORM - 1).fill(200), 201].sort());
    expect(answers.filter((a) => a.replayed === "true")).toHaveLength(STORM - 1);
    // Every answer is the same settlement, byte for byte.
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    const settlement = JSON.parse(answers[0]!.text) as { id: string; amounts: { medfee_sumamt: number; acct_pay: number }; lines: Array<{ quantity: number; unitPrice: number; amount: number }> };
    expect(settlement.amounts.medfee_sumamt).toBe(54.5); // 3 × 6.50 + 35.00
    expect(settlement.lines[0]).toMatchObject({ quantity: 3, unitPrice: 6.5, amount: 19.5 });

    expect(await settlementCount()).toBe(1);
    expect(before - (await accountBalance(database.db, chen.personId))).toBe(Math.round(settlement.amounts.acct_pay * 100));
    expect(await settleCountedThisWindow()).toBe(1);
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });

  test("retries do not use up the settlement limit: with a limit of 1 a minute, the bill is answered again and again, and only a new bill is refused", async () => {
    const terminal = await demoTerminal(database);
    const rules = { backdateDays: 0, rateLimit: { limit: 1, windowMs: 60_000 } };
    const token = await scan();
    const first = await settleRequestAtTerminal(database.db, terminal, bill(token), "till-1-bill-0043", now, rules);
    const retries = await Promise.all(Array.from({ length: 10 }, () => settleRequestAtTerminal(database.db, terminal, bill(token), "till-1-bill-0043", now, rules)));
    expect(retries.every((r) => r.replayed && r.settlement.id === first.settlement.id)).toBe(true);

    const next = await scan();
    const refused = await settleRequestAtTerminal(database.db, terminal, bill(next), "till-1-bill-0044", now, rules).catch((e: unknown) => e);
    expect(isDomainError(refused) && refused.code).toBe("rate_limited");
    // Refused before anything was written: the token is still good once the window has passed.
    const later = new Date(now.getTime() + 60_000);
    expect((await settleRequestAtTerminal(database.db, terminal, bill(next), "till-1-bill-0044", later, rules)).replayed).toBe(false);
  });
});

describe("a later retry", () => {
  test("after the token has expired, the resent bill gets the first settlement, not 'scan again'", async () => {
    const token = await scan();
    const first = await send(bill(token), "till-1-bill-0050");
    vi.setSystemTime(new Date(now.getTime() + 30 * 60_000));
    const retry = await send(bill(token), "till-1-bill-0050");
    expect(retry.status).toBe(200);
    expect(retry.replayed).toBe("true");
    expect(retry.text).toBe(first.text);
  });

  test("after midnight, a bill sent without a service date is the same request: the first settlement, dated the day it was made", async () => {
    const lateEvening = new Date("2026-03-01T15:59:00Z"); // 23:59 in China
    vi.setSystemTime(lateEvening);
    const token = await scan();
    const first = await send(bill(token), "till-1-bill-0051");
    expect(first.status).toBe(201);
    vi.setSystemTime(new Date("2026-03-01T16:01:00Z")); // 00:01 the next day
    const retry = await send(bill(token), "till-1-bill-0051");
    expect(retry.status).toBe(200);
    expect(JSON.parse(retry.text)).toMatchObject({ id: JSON.parse(first.text).id, serviceDate: "2026-03-01" });
  });

  test("the same key with another bill is refused (409), and nothing more is settled", async () => {
    const token = await scan();
    await send(bill(token), "till-1-bill-0052");
    const other = await send(bill(token, { useAccount: false }), "till-1-bill-0052");
    expect(other.status).toBe(409);
    expect(JSON.parse(other.text).error.code).toBe("idempotency_key_reused");
    expect(await settlementCount()).toBe(1);
  });
});

describe("service dates at the counter", () => {
  const at = async (serviceDate: string, backdateDays: number, key: string) => {
    const terminal = await demoTerminal(database);
    return settleRequestAtTerminal(database.db, terminal, bill(await scan(), { serviceDate }), key, now, { backdateDays })
      .then((r) => ({ ok: true as const, serviceDate: r.settlement.serviceDate }))
      .catch((e: unknown) => ({ ok: false as const, code: isDomainError(e) ? e.code : String(e), params: isDomainError(e) ? e.params : null }));
  };

  test("by default only today's care is settled; a bill dated yesterday is refused with its own code", async () => {
    const yesterday = await send(bill(await scan(), { serviceDate: "2026-02-28" }), "till-1-bill-0060");
    expect(yesterday.status).toBe(422);
    expect(JSON.parse(yesterday.text).error.code).toBe("service_date_not_today");
    const today = await send(bill(await scan(), { serviceDate: "2026-03-01" }), "till-1-bill-0061");
    expect(today.status).toBe(201);
  });

  test("where late settlement is configured, the last N days of the same year are settled and earlier ones refused", async () => {
    expect(await at("2026-02-27", 3, "till-1-bill-0062")).toEqual({ ok: true, serviceDate: "2026-02-27" });
    expect(await at("2026-02-25", 3, "till-1-bill-0063")).toMatchObject({ ok: false, code: "service_date_too_early", params: { earliestDay: "2026-02-26" } });
  });

  test("never into an earlier year, however long the window: last year's unused cap stays closed", async () => {
    expect(await at("2025-06-01", 366, "till-1-bill-0064")).toMatchObject({ ok: false, code: "service_date_previous_year", params: { year: "2025" } });
    const future = await send(bill(await scan(), { serviceDate: "2026-03-02" }), "till-1-bill-0065");
    expect(JSON.parse(future.text).error.code).toBe("service_date_in_future");
    expect(await settlementCount()).toBe(0);
  });
});

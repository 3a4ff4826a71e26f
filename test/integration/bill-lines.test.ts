/**
 * One meaning of a bill line at every layer, through the real entry points: 3 boxes of
 * metformin at ¥6.50 are ¥19.50 at the counter (route), on the person's settlement detail
 * (route), in the Estimate form (server action) and in the public estimate API (route) — and the
 * form's estimate of a bill is exactly what the counter then settles. Each assertion fails if the
 * quantity is dropped anywhere (the counter once charged ¥6.50 and the detail read "×3 ¥6.50").
 */
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { sql } from "drizzle-orm";
import { POST as verifyRoute } from "@/app/api/v1/terminal/vouchers/verify/route";
import { POST as settleRoute } from "@/app/api/v1/terminal/settlements/route";
import { GET as settlementDetailRoute } from "@/app/api/v1/me/settlements/[id]/route";
import { POST as estimateRoute } from "@/app/api/v1/estimate/route";
import { LOCALE_COOKIE, SESSION_COOKIE } from "@/lib/context/cookies";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { facilityId } from "@/lib/seed";
import { DEMO_TERMINAL } from "@/lib/seed/terminal";
import { callRoute, request, sessionCookie } from "../helpers/next-request";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";
import { codeFrom, setUpTestDevice, TEST_TERMINAL_KEY, verifyRequest, type TestDevice } from "../helpers/voucher-fixtures";

const { estimateAction } = await import("@/app/(patient)/estimate/actions");

const now = SEEDED.march;
const METFORMIN = "XA10BAE015A001010100000"; // ¥6.50 a box, price limit ¥9.00 a box
let database: Database;
let chen: TestDevice;

beforeEach(async () => {
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

async function settleAtCounter(lines: unknown[]) {
  const verified = await verifyRoute(verifyRequest({ code: await codeFrom(chen, now) }), { params: Promise.resolve({}) });
  const token = ((await verified.json()) as { settlement: { token: string } }).settlement.token;
  const response = await settleRoute(
    new Request("http://127.0.0.1/api/v1/terminal/settlements", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_TERMINAL_KEY}`, "idempotency-key": "till-1-lines-0001" },
      body: JSON.stringify({ settlementToken: token, visit: { kind: "pharmacy" }, lines, useAccount: true }),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: (await response.json()) as { id: string; amounts: Record<string, number>; lines: Array<{ quantity: number; unitPrice: number; amount: number }>; error?: { code: string } } };
}

async function chenSession(): Promise<string> {
  const [user] = await queryRows<{ id: string }>(database, sql`select id from users where person_id = ${chen.personId}`);
  return sessionCookie(database.db, user!.id);
}

test("the counter charges 3 × ¥6.50 = ¥19.50, and the person's settlement detail shows 3 units, ¥19.50", async () => {
  const { status, body } = await settleAtCounter([{ code: METFORMIN, quantity: 3, unitPrice: "6.50" }]);
  expect(status).toBe(201);
  expect(body.amounts.medfee_sumamt).toBe(19.5);
  expect(body.lines).toEqual([expect.objectContaining({ quantity: 3, unitPrice: 6.5, amount: 19.5 })]);

  const detail = await callRoute(settlementDetailRoute, `/api/v1/me/settlements/${body.id}`, { headers: { cookie: await chenSession() }, params: { id: body.id } });
  expect(detail.status).toBe(200);
  const read = (await detail.json()) as { lines: Array<{ quantity: number; amountFen: number }>; amounts: { medfee_sumamt: number } };
  expect(read.lines).toEqual([expect.objectContaining({ quantity: 3, amountFen: 1950 })]);
  expect(read.amounts.medfee_sumamt).toBe(1950);
});

test("at the counter a line that does not add up is refused: unit price × quantity must equal the amount sent", async () => {
  const { status, body } = await settleAtCounter([{ code: METFORMIN, quantity: 3, unitPrice: "6.50", amount: "6.50" }]);
  expect(status).toBe(400);
  expect(body.error?.code).toBe("invalid_request");
  const [row] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from settlements where terminal_id is not null`);
  expect(row!.n).toBe(0);
});

test("the estimate API reads 3 × ¥6.50 as ¥19.50, with the price limit per unit", async () => {
  const post = (items: unknown[]) =>
    callRoute(estimateRoute, "/api/v1/estimate", {
      method: "POST",
      headers: { "x-forwarded-for": "198.51.100.7" },
      body: JSON.stringify({ policy: "CN-350400", serviceDate: "2026-03-01", person: { insurance: "employee", status: "active" }, visit: { kind: "pharmacy", facilityLevel: 0 }, items }),
    });
  const within = (await (await post([{ code: METFORMIN, quantity: 3, unitPrice: "6.50" }])).json()) as Record<string, number>;
  expect(within.medfee_sumamt).toBe(19.5);
  const above = (await (await post([{ code: METFORMIN, quantity: 3, unitPrice: "10.00" }])).json()) as Record<string, number>;
  expect([above.medfee_sumamt, above.overlmt_selfpay]).toEqual([30, 3]);
});

test("the Estimate form's estimate of a bill is what the counter then settles for it, to the fen", async () => {
  request.set({ [SESSION_COOKIE]: (await chenSession()).split("=")[1], [LOCALE_COOKIE]: "zh-CN" });
  const form = new FormData();
  const values = {
    facilityId: facilityId(DEMO_TERMINAL.facility), serviceDate: "2026-03-01", visit: "pharmacy", crossRegion: "auto", useAccount: "on",
    "lines.0.mode": "catalogue", "lines.0.code": METFORMIN, "lines.0.quantity": "3", "lines.0.unitPrice": "6.50",
  };
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  const estimated = await estimateAction(null, form);
  if (!estimated.ok) throw new Error(JSON.stringify(estimated));

  const { body } = await settleAtCounter([{ code: METFORMIN, quantity: 3, unitPrice: "6.50" }]);
  const settledFen = Object.fromEntries(Object.entries(body.amounts).map(([field, yuan]) => [field, Math.round(yuan * 100)]));
  expect(settledFen).toEqual(estimated.data.figures.amounts);
  expect(estimated.data.figures.amounts.medfee_sumamt).toBe(1950);
});

test("the database itself refuses a stored line whose amount is not a whole number of fen per unit", async () => {
  const [settled] = await queryRows<{ id: string }>(database, sql`select id from settlements limit 1`);
  const insert = (quantity: number, amountFen: number) =>
    database.db.execute(sql`insert into settlement_lines (settlement_id, line_no, item_class, quantity, amount_fen) values (${settled!.id}::uuid, 99, 'A', ${quantity}, ${amountFen})`);
  await expect(insert(3, 1000)).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23514" }) });
  await expect(insert(3, 1950)).resolves.toBeDefined();
});

import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { POST as verifyRoute } from "@/app/api/v1/terminal/vouchers/verify/route";
import { POST as settleRoute } from "@/app/api/v1/terminal/settlements/route";
import { GET as settlementRoute } from "@/app/api/v1/terminal/settlements/[id]/route";
import { POST as reversalRoute } from "@/app/api/v1/terminal/settlements/[id]/reversal/route";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { verifyLedger } from "@/lib/ledger";
import { getEntitlements } from "@/lib/ledger/entitlements";
import { createTestDatabase, SEEDED } from "../helpers/test-db";
import { addTerminal, codeFrom, setUpTestDevice, TEST_TERMINAL_KEY, verifyRequest, type TestDevice } from "../helpers/voucher-fixtures";

interface Body {
  id: string;
  status: string;
  maskedName: string;
  amounts: { [K in "medfee_sumamt" | "fulamt_ownpay_amt" | "fund_pay_sumamt" | "psn_part_amt" | "acct_pay" | "psn_cash_pay"]: number };
  error: { code: string };
}

const now = SEEDED.march;
let database: Database;
let chen: TestDevice;

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  chen = await setUpTestDevice(database, "chen", now);
  // The routes read the clock and the database as the server does: this test's.
  provideDatabase(database);
  vi.useFakeTimers({ toFake: ["Date"], now });
});
afterEach(async () => {
  vi.useRealTimers();
  provideDatabase(null);
  await database.close();
});

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const noParams = { params: Promise.resolve({}) };

async function scan(): Promise<string> {
  const response = await verifyRoute(verifyRequest({ code: await codeFrom(chen, now) }), noParams);
  expect(response.status).toBe(200);
  return ((await response.json()) as { settlement: { token: string } }).settlement.token;
}

const bill = (token: string, extra: Record<string, unknown> = {}) => ({
  settlementToken: token,
  visit: { kind: "pharmacy" },
  lines: [
    { name: "二甲双胍片", class: "A", amount: "86.40" },
    { name: "保健品", class: "C", amount: 35 },
  ],
  useAccount: true,
  ...extra,
});

function request(path: string, body: unknown, headers: Record<string, string> = {}, key: string | null = TEST_TERMINAL_KEY): Request {
  const h: Record<string, string> = { "content-type": "application/json", ...headers };
  if (key) h.authorization = `Bearer ${key}`;
  return new Request(`http://127.0.0.1${path}`, { method: body === undefined ? "GET" : "POST", headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function call(response: Promise<Response>) {
  const r = await response;
  return { status: r.status, headers: r.headers, body: (await r.json()) as Body };
}

const settleWith = (body: unknown, key = "counter-0001-abcdef", terminalKey: string | null = TEST_TERMINAL_KEY) =>
  call(settleRoute(request("/api/v1/terminal/settlements", body, { "idempotency-key": key }, terminalKey), noParams));

describe("settling at the counter", () => {
  test("a verified scan settles once; the amounts add up and use the contract's field names", async () => {
    const { status, body } = await settleWith(bill(await scan()));
    expect(status).toBe(201);
    expect(body.maskedName).toBe("陈*国");
    expect(body.status).toBe("settled");
    const a = body.amounts;
    expect(a.medfee_sumamt).toBe(121.4);
    expect(a.fulamt_ownpay_amt).toBe(35);
    expect(a.fund_pay_sumamt + a.psn_part_amt).toBeCloseTo(a.medfee_sumamt, 10);
    expect(a.acct_pay + a.psn_cash_pay).toBeCloseTo(a.psn_part_amt, 10);
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });

  test("the person's entitlements afterwards are the ones the counter used", async () => {
    const before = (await getEntitlements(database.db, chen.personId, 2026, "2026-03-01", now))!;
    const { body } = await settleWith(bill(await scan()));
    const after = (await getEntitlements(database.db, chen.personId, 2026, "2026-03-01", now))!;
    expect(before.account.balanceFen - after.account.balanceFen).toBe(Math.round(body.amounts.acct_pay * 100));
  });

  test("a retry with the same Idempotency-Key returns the first settlement and charges nothing more", async () => {
    const token = await scan();
    const first = await settleWith(bill(token));
    const retry = await settleWith(bill(token));
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body.id).toBe(first.body.id);
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });

  test("a different bill under a used key is refused; a spent token cannot settle a second bill", async () => {
    const token = await scan();
    await settleWith(bill(token));
    const changed = await settleWith(bill(token, { useAccount: false }));
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe("idempotency_key_reused");
    const second = await settleWith(bill(token), "counter-0002-abcdef");
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe("settlement_token_used");
  });

  test("a settlement that fails leaves the scan's token usable", async () => {
    const token = await scan();
    const refused = await settleWith(bill(token, { visit: { kind: "chronic_outpatient", disease: "uremia_dialysis" } }));
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect((await settleWith(bill(token), "counter-0003-abcdef")).status).toBe(201);
  });

  test.each([
    ["no terminal key", null, 401, "terminal_key_missing"],
    ["a wrong terminal key", "ybt_not_a_real_key_000000000", 401, "terminal_key_invalid"],
  ])("%s is refused", async (_label, key, status, code) => {
    const result = await settleWith(bill(await scan()), "counter-0004-abcdef", key);
    expect(result.status).toBe(status);
    expect(result.body.error.code).toBe(code);
  });

  test("the Idempotency-Key header and the body are validated", async () => {
    const token = await scan();
    const noKey = await call(settleRoute(request("/api/v1/terminal/settlements", bill(token)), noParams));
    expect(noKey.status).toBe(400);
    const badAmount = await settleWith(bill(token, { lines: [{ class: "A", amount: "1.234" }] }));
    expect(badAmount.status).toBe(400);
    expect(badAmount.body.error.code).toBe("invalid_request");
  });
});

describe("reading and reversing", () => {
  test("the terminal reads its settlement, reverses it once, and the ledger is whole again", async () => {
    const before = (await getEntitlements(database.db, chen.personId, 2026, "2026-03-01", now))!;
    const { body } = await settleWith(bill(await scan()));
    const read = await call(settlementRoute(request(`/api/v1/terminal/settlements/${body.id}`, undefined), params(body.id)));
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(body.id);
    const reversal = () => call(reversalRoute(request(`/api/v1/terminal/settlements/${body.id}/reversal`, { reason: "收银员录入错误" }), params(body.id)));
    const first = await reversal();
    expect(first.status).toBe(200);
    expect(first.body.status).toBe("reversed");
    const second = await reversal();
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe("already_reversed");
    const after = (await getEntitlements(database.db, chen.personId, 2026, "2026-03-01", now))!;
    expect(after.account.balanceFen).toBe(before.account.balanceFen);
    expect(after.buckets).toEqual(before.buckets);
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });

  test("another terminal cannot read or reverse it (404), and unknown ids are 404", async () => {
    const { body } = await settleWith(bill(await scan()));
    await addTerminal(database, "ybt_other_terminal_key_0000000");
    const other = await call(settlementRoute(request(`/x`, undefined, {}, "ybt_other_terminal_key_0000000"), params(body.id)));
    expect(other.status).toBe(404);
    const reverse = await call(reversalRoute(request(`/x`, { reason: "x" }, {}, "ybt_other_terminal_key_0000000"), params(body.id)));
    expect(reverse.status).toBe(404);
    const unknown = await call(settlementRoute(request(`/x`, undefined), params("not-a-uuid")));
    expect(unknown.status).toBe(404);
  });
});

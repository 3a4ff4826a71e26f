import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { sql } from "drizzle-orm";
import { POST as verifyRoute } from "@/app/api/v1/terminal/vouchers/verify/route";
import { authenticateTerminal, bearerKey } from "@/lib/auth";
import { provideDatabase } from "@/lib/db";
import { errorResponse, jsonResponse } from "@/lib/http";
import { handleVerifyRequest } from "@/lib/terminal";
import { revokeDevice } from "@/lib/devices/devices";
import type { Database } from "@/lib/db/open";
import { seedId } from "@/lib/seed/seed-id";
import { generateDeviceKeyPair, signVoucherCode, unixSeconds } from "@/lib/voucher";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";
import { addTerminal, codeFrom, setUpTestDevice, TEST_TERMINAL_KEY, verifyRequest, type TestDevice } from "../helpers/voucher-fixtures";

// What the tests read from a response: a success body or the API's error shape.
interface ResponseBody {
  error: { code: string; message: { zh: string; en: string } };
  person: unknown;
  chosenClinic: unknown;
  entitlements: unknown;
  shownUnderGrant: boolean;
  code: { issuedAt: string };
  settlement: { token: string; expiresAt: string };
}

const now = SEEDED.march;
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

async function verifyWithLimit(request: Request, limit: number, at: Date): Promise<Response> {
  try {
    const terminal = await authenticateTerminal(database.db, bearerKey(request.headers.get("authorization")));
    return jsonResponse(await handleVerifyRequest(database.db, terminal, await request.json(), { now: at, rateLimit: { limit, windowMs: 60_000 } }));
  } catch (error) {
    return errorResponse(error, "test.verify");
  }
}

async function verify(body: unknown, options: { key?: string | null; at?: Date; limit?: number } = {}) {
  const request = verifyRequest(body, options.key === undefined ? TEST_TERMINAL_KEY : options.key);
  vi.setSystemTime(options.at ?? now);
  // The real route; with a small rate limit (which the route does not take), the verify request it calls.
  const response = options.limit === undefined ? await verifyRoute(request, { params: Promise.resolve({}) }) : await verifyWithLimit(request, options.limit, options.at ?? now);
  return { status: response.status, headers: response.headers, body: (await response.json()) as ResponseBody };
}

describe("a fresh code from a registered device", () => {
  test("verifies once: masked person, enrolment, entitlements and a settlement token", async () => {
    const code = await codeFrom(chen, now);
    const { status, body, headers } = await verify({ code });
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(body.person).toEqual({
      maskedName: "陈*国",
      insurance: "employee",
      employeeStatus: "active",
      region: { code: "350400", name: "三明市", nameEn: expect.any(String) },
    });
    // Chen chose a community clinic in Sanming (demo data).
    expect(body.chosenClinic).toMatchObject({ facilityId: expect.any(String), name: expect.any(String), level: expect.any(Number) });
    // The counter sees the same ledger figures as the person: an employee's account balance and benefits.
    expect(body.entitlements).toMatchObject({ year: 2026, ledgerAvailable: true, chronicApprovals: [{ disease: "diabetes" }] });
    const summary = body.entitlements as { personalAccountBalanceFen: number; benefits: { benefit: string }[] };
    expect(summary.personalAccountBalanceFen).toBeGreaterThan(0);
    expect(summary.benefits.map((b) => b.benefit)).toContain("general_outpatient");
    expect(body.shownUnderGrant).toBe(false);
    expect(body.code.issuedAt).toBe(now.toISOString());
    expect(body.settlement.token).toMatch(/^yst_[A-Za-z0-9_-]{43}$/);
    expect(new Date(body.settlement.expiresAt).getTime() - now.getTime()).toBe(10 * 60_000);
    // Nothing that identifies the person outright reaches the terminal.
    expect(JSON.stringify(body)).not.toContain("陈建国");
    expect(JSON.stringify(body)).not.toMatch(/3504\d{14}/);
    // Only the token's hash is stored.
    const rows = await queryRows<{ token_hash: string }>(database, sql`select token_hash from settlement_tokens`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toContain(body.settlement.token);
  });

  test("a replay of the same code is refused with 409 code_already_used", async () => {
    const code = await codeFrom(chen, now);
    expect((await verify({ code })).status).toBe(200);
    const replay = await verify({ code }, { at: new Date(now.getTime() + 5_000) });
    expect(replay.status).toBe(409);
    expect(replay.body.error.code).toBe("code_already_used");
    expect(replay.body.error.message.zh).toContain("已经使用过");
    expect(replay.body.error.message.en).toContain("already been used");
  });

  test("two terminals scanning the same code at the same moment: exactly one is accepted", async () => {
    await addTerminal(database, "ybt_second_terminal_key_000000001");
    const code = await codeFrom(chen, now);
    const results = await Promise.all([verify({ code }), verify({ code }, { key: "ybt_second_terminal_key_000000001" })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  test("the scanner's line ending is ignored, but nothing else is trimmed", async () => {
    const code = await codeFrom(chen, now);
    expect((await verify({ code: `${code}\r\n` })).status).toBe(200);
    const other = await codeFrom(chen, now);
    const padded = await verify({ code: ` ${other}` });
    expect(padded.status).toBe(400);
    expect(padded.body.error.code).toBe("malformed");
  });

  test("the device's last use is recorded", async () => {
    await verify({ code: await codeFrom(chen, now) });
    const [row] = await queryRows<{ last_used_at: string | Date }>(database, sql`select last_used_at from devices where id = ${chen.deviceId}`);
    expect(new Date(row!.last_used_at).toISOString()).toBe(now.toISOString());
  });
});

describe("time", () => {
  test("a code 60 s old is accepted; 61 s old is 410 expired", async () => {
    const code = await codeFrom(chen, now);
    const late = await verify({ code }, { at: new Date(now.getTime() + 61_000) });
    expect(late.status).toBe(410);
    expect(late.body.error.code).toBe("expired");
    // The refused code was not spent: at 60 s it is still accepted.
    expect((await verify({ code }, { at: new Date(now.getTime() + 60_000) })).status).toBe(200);
  });

  test("a code made more than 30 s ahead of the server's clock is 422 not_yet_valid", async () => {
    const code = await codeFrom(chen, new Date(now.getTime() + 31_000));
    const early = await verify({ code });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe("not_yet_valid");
  });
});

describe("devices", () => {
  test("a revoked device's codes fail at once with 403 device_revoked", async () => {
    const code = await codeFrom(chen, now);
    expect(await revokeDevice(database.db, chen.userId, chen.deviceId, null, now)).toEqual({ revoked: true });
    const refused = await verify({ code });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("device_revoked");
  });

  test("an unknown device is 401 unknown_device", async () => {
    const stranger = { ...chen, deviceId: "0b7a2c1e-5d4f-4a3b-9c8d-7e6f5a4b3c2d" };
    const refused = await verify({ code: await codeFrom(stranger, now) });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("unknown_device");
  });

  test("a code signed by another key under the device's id is 401 bad_signature", async () => {
    const { privateKey } = await generateDeviceKeyPair();
    const forged = await signVoucherCode({ voucherId: chen.voucherId, deviceId: chen.deviceId, issuedAt: unixSeconds(now) }, privateKey);
    const refused = await verify({ code: forged });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("bad_signature");
  });

  test("a device may not show another person's code without a grant: 403 code_not_authorised", async () => {
    const lin = await setUpTestDevice(database, "lin", now);
    const code = await signVoucherCode({ voucherId: lin.voucherId, deviceId: chen.deviceId, issuedAt: unixSeconds(now) }, chen.privateKey);
    const refused = await verify({ code });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("code_not_authorised");
  });
});

describe("terminal authentication", () => {
  test("no key is 401 terminal_key_missing; a wrong key is 401 terminal_key_invalid", async () => {
    const code = await codeFrom(chen, now);
    const missing = await verify({ code }, { key: null });
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe("terminal_key_missing");
    const wrong = await verify({ code }, { key: `${TEST_TERMINAL_KEY}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("terminal_key_invalid");
    // Neither attempt spent the code.
    expect((await verify({ code })).status).toBe(200);
  });

  test("a revoked terminal is 401 terminal_revoked", async () => {
    await addTerminal(database, "ybt_revoked_terminal_key_00000001", now);
    const refused = await verify({ code: await codeFrom(chen, now) }, { key: "ybt_revoked_terminal_key_00000001" });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("terminal_revoked");
  });
});

describe("malformed input", () => {
  test.each([
    { label: "not JSON", body: "{code:", code: "invalid_request" },
    { label: "no code", body: { other: 1 }, code: "invalid_request" },
    { label: "a number", body: { code: 12 }, code: "invalid_request" },
    { label: "an empty code", body: { code: "" }, code: "invalid_request" },
    { label: "another QR code", body: { code: "https://example.com/" }, code: "malformed" },
    { label: "the right prefix, broken base45", body: { code: "YB1:abc" }, code: "malformed" },
  ])("$label is 400 $code", async ({ body, code }) => {
    const refused = await verify(body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe(code);
    expect(refused.body.error.message.zh.length).toBeGreaterThan(0);
    expect(refused.body.error.message.en.length).toBeGreaterThan(0);
  });

  test("an unexpected failure is a generic 500 with a reference, never the database's message", async () => {
    const code = await codeFrom(chen, now);
    await database.db.execute(sql`drop table used_voucher_codes cascade`);
    const failed = await verify({ code });
    expect(failed.status).toBe(500);
    expect(failed.body.error.code).toBe("internal_error");
    expect(JSON.stringify(failed.body)).not.toMatch(/used_voucher_codes|relation|does not exist/);
  });
});

describe("rate limit", () => {
  test("per terminal: over the limit is 429 rate_limited with Retry-After; another terminal is not affected", async () => {
    for (let i = 0; i < 3; i++) expect((await verify({ code: await codeFrom(chen, now) }, { limit: 3 })).status).toBe(200);
    const limited = await verify({ code: await codeFrom(chen, now) }, { limit: 3 });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    await addTerminal(database, "ybt_second_terminal_key_000000001");
    expect((await verify({ code: await codeFrom(chen, now) }, { limit: 3, key: "ybt_second_terminal_key_000000001" })).status).toBe(200);
    // The next window starts afresh.
    const later = new Date(now.getTime() + 60_000);
    expect((await verify({ code: await codeFrom(chen, later) }, { limit: 3, at: later })).status).toBe(200);
  });

  test("malformed requests count against the limit too", async () => {
    for (let i = 0; i < 2; i++) expect((await verify({ code: "junk" }, { limit: 2 })).status).toBe(400);
    expect((await verify({ code: await codeFrom(chen, now) }, { limit: 2 })).status).toBe(429);
  });
});

test("the demo terminal is the seeded one", async () => {
  // The seed also registers the self-service kiosk as a terminal of its own.
  const rows = await queryRows<{ id: string }>(database, sql`select id from terminals order by id`);
  expect(rows.map((r) => r.id).sort()).toEqual([seedId("terminal:demo"), seedId("terminal:kiosk")].sort());
});

import { afterEach, beforeEach, expect, test } from "vitest";


import { createGrantAction } from "@/app/(patient)/family/actions";
import { finishPasskeyRegistrationAction } from "@/app/(patient)/settings/security/actions";
import { GET as catalogueSearch } from "@/app/api/v1/catalogue/search/route";
import { POST as estimateRoute } from "@/app/api/v1/estimate/route";
import { GET as grants } from "@/app/api/v1/me/grants/route";
import { GET as settlements } from "@/app/api/v1/me/settlements/route";
import { POST as reversal } from "@/app/api/v1/terminal/settlements/[id]/reversal/route";
import { POST as settle } from "@/app/api/v1/terminal/settlements/route";
import { reverseSettlementAction, settleBillAction } from "@/app/terminal/actions";
import { signInAction } from "@/app/sign-in/actions";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { seedId } from "@/lib/seed/seed-id";
import { callRoute, request, sessionCookie } from "../helpers/next-request";
import { createTestDatabase } from "../helpers/test-db";
import { TEST_TERMINAL_KEY } from "../helpers/voucher-fixtures";

/*
 * The probe's 500s, each sent again through its entry point: every one is now a 4xx with a code
 * (or, for the cursor, an ordinary answer). The HTTP-level cases that Next.js itself decodes — bad
 * percent-encoding in a path, malformed server-action bodies — are in test/e2e/security.spec.ts.
 */
const peer = { "x-yibao-peer": "integration-peer-token 198.51.100.80" };
let database: Database;
let cookie: string;

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  provideDatabase(database);
  cookie = await sessionCookie(database.db, seedId("user:chen"));
});
afterEach(async () => {
  provideDatabase(null);
  await database.close();
});

const deep = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

test("a NUL character never reaches the database: 400 from routes, invalid_request from actions", async () => {
  const search = await callRoute(catalogueSearch as never, "/api/v1/catalogue/search?q=%E9%98%BF%00", { headers: peer });
  expect([search.status, await errorCode(search)]).toEqual([400, "invalid_query"]);
  const estimate = await callRoute(estimateRoute as never, "/api/v1/estimate", { method: "POST", headers: peer, body: JSON.stringify({ serviceDate: "2026-03-01", items: [{ code: "X\u0000", amount: "1.00" }] }) });
  expect(estimate.status).toBe(400);
  const reverse = await callRoute(reversal as never, "/api/v1/terminal/settlements/x/reversal", {
    method: "POST",
    headers: { authorization: `Bearer ${TEST_TERMINAL_KEY}`, ...peer },
    body: JSON.stringify({ reason: "录入错误\u0000" }),
    params: { id: "00000000-0000-4000-8000-000000000000" },
  });
  expect([reverse.status, await errorCode(reverse)]).toEqual([400, "invalid_request"]);

  request.set({ yb_session: cookie.split("=")[1]! }, peer);
  const form = new FormData();
  form.set("granteePhone", "13800000006");
  form.set("scopes", "view_coverage");
  form.set("validUntil", "2026-12-31\u0000");
  expect(await createGrantAction(null, form)).toMatchObject({ ok: false, code: "invalid_request" });
  expect(await finishPasskeyRegistrationAction({ id: "x", rawId: "x", type: "public-key", response: { clientDataJSON: "", attestationObject: "" } }, "我的手机\u0000")).toMatchObject({ ok: false, code: "invalid_request" });
  request.set({ yb_terminal: TEST_TERMINAL_KEY }, peer);
  expect(await reverseSettlementAction("00000000-0000-4000-8000-000000000000", "reason\u0000")).toMatchObject({ ok: false, code: "invalid_request" });
});

test("JSON nested thousands of levels deep is refused, not a stack overflow", async () => {
  const estimate = await callRoute(estimateRoute as never, "/api/v1/estimate", { method: "POST", headers: peer, body: deep(3000) });
  expect(estimate.status).toBe(400);
  const nested = `{"serviceDate":"2026-03-01","person":${"{\"a\":".repeat(3000)}1${"}".repeat(3000)}}`;
  expect((await callRoute(estimateRoute as never, "/api/v1/estimate", { method: "POST", headers: peer, body: nested })).status).toBe(400);
  const settled = await callRoute(settle as never, "/api/v1/terminal/settlements", { method: "POST", headers: { authorization: `Bearer ${TEST_TERMINAL_KEY}`, "idempotency-key": "deep-json-0001", ...peer }, body: deep(5000) });
  expect([settled.status, await errorCode(settled)]).toEqual([400, "invalid_request"]);
  request.set({ yb_terminal: TEST_TERMINAL_KEY }, peer);
  expect(await settleBillAction(JSON.parse(deep(500)) as unknown, "deep-json-0002")).toMatchObject({ ok: false, code: "invalid_request" });
});

test("a crafted settlements cursor is no longer a 500: a date PostgreSQL cannot read is not a cursor", async () => {
  const crafted = Buffer.from(JSON.stringify(["1", "00000000-0000-4000-8000-000000000000"])).toString("base64url");
  const response = await callRoute(settlements as never, `/api/v1/me/settlements?cursor=${crafted}`, { headers: { cookie, ...peer } });
  expect(response.status).toBeLessThan(500);
});

test("a cookie that is not valid percent-encoding is read as sent: signed out, not a crash", async () => {
  const response = await callRoute(grants as never, "/api/v1/me/grants", { headers: { cookie: "yb_session=%E0%A4%A", ...peer } });
  expect([response.status, await errorCode(response)]).toEqual([401, "unauthenticated"]);
});

test("an action called with arguments of the wrong shape answers invalid_request", async () => {
  request.set({}, peer);
  expect(await (signInAction as unknown as (...args: unknown[]) => Promise<unknown>)(1)).toMatchObject({ ok: false, code: "invalid_request" });
  expect(await (signInAction as unknown as (...args: unknown[]) => Promise<unknown>)(null, "not a form")).toMatchObject({ ok: false, code: "invalid_request" });
  request.set({ yb_terminal: TEST_TERMINAL_KEY }, peer);
  expect(await (reverseSettlementAction as unknown as (...args: unknown[]) => Promise<unknown>)({ id: 1 }, ["x"])).toMatchObject({ ok: false, code: "invalid_request" });
});

import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";


import { acceptGrantAction, createGrantAction, endGrantAction } from "@/app/(patient)/family/actions";
import { changeClinicAction } from "@/app/(patient)/clinic/actions";
import { estimateAction, saveEstimateAction } from "@/app/(patient)/estimate/actions";
import { revokeDeviceAction } from "@/app/(patient)/settings/devices/actions";
import {
  deletePasskeyAction, endSessionAction, finishPasskeyRegistrationAction, signOutEverywhereAction, startPasskeyRegistrationAction,
} from "@/app/(patient)/settings/security/actions";
import { GET as actFor } from "@/app/act-for/route";
import { GET as catalogueSearch } from "@/app/api/v1/catalogue/search/route";
import { POST as cspReport } from "@/app/api/v1/csp-report/route";
import { POST as estimateRoute } from "@/app/api/v1/estimate/route";
import { GET as clinic } from "@/app/api/v1/me/clinic/route";
import { GET as entitlements } from "@/app/api/v1/me/entitlements/route";
import { GET as grants } from "@/app/api/v1/me/grants/route";
import { GET as settlement } from "@/app/api/v1/me/settlements/[id]/route";
import { GET as settlements } from "@/app/api/v1/me/settlements/route";
import { GET as voucherDevice } from "@/app/api/v1/me/voucher-device/route";
import { POST as voucherShown } from "@/app/api/v1/me/voucher-shown/route";
import { GET as health } from "@/app/api/v1/health/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as terminalSettlement } from "@/app/api/v1/terminal/settlements/[id]/route";
import { POST as reversal } from "@/app/api/v1/terminal/settlements/[id]/reversal/route";
import { POST as settle } from "@/app/api/v1/terminal/settlements/route";
import { POST as verify } from "@/app/api/v1/terminal/vouchers/verify/route";
import { enrolDemoKioskAction, kioskScanSignInAction, kioskSignInAction, kioskSignOutAction } from "@/app/kiosk/actions";
import { signInAction, signOutAction } from "@/app/sign-in/actions";
import { finishPasskeySignInAction, startPasskeySignInAction } from "@/app/sign-in/passkey-actions";
import { reverseSettlementAction, settleBillAction, signInTerminalAction, signOutTerminalAction, verifyScannedCodeAction } from "@/app/terminal/actions";
import { registerDeviceAction } from "@/app/voucher/actions";
import { setEasyModeAction, setLocaleAction } from "@/lib/context/actions";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { ERROR_CODES } from "@/lib/errors";
import { seedId } from "@/lib/seed/seed-id";
import { callRoute, redirectedTo, request, sessionCookie } from "../helpers/next-request";
import { createTestDatabase } from "../helpers/test-db";
import { TEST_TERMINAL_KEY } from "../helpers/voucher-fixtures";

/*
 * Every JSON route and every server action, called as a client may call them: any method's
 * body, any query, any arguments, signed in or not. No answer may be a 500 (a route's status, an
 * action's "internal_error", a thrown error), and every refusal must name a code of the closed
 * list. fast-check's runs are seeded, so a failure repeats with the same input.
 */
const RUNS_PER_ENTRY = 240;
const SEED = 20261128;
const PEER_TOKEN = "integration-peer-token";
const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

let database: Database;
let personSession = "";
const tally = { requests: 0, ok: 0, refused: 0, server: 0, byCode: new Map<string, number>() };
const failures: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase("demo-march");
  provideDatabase(database);
  personSession = (await sessionCookie(database.db, seedId("user:zhou-wei"))).split("=")[1]!;
});
afterAll(async () => {
  provideDatabase(null);
  await database.close();
});

// ——— what clients send ———

const nasty = fc.oneof(
  fc.constantFrom("", "\u0000", "a\u0000b", "%00", "%E0%A4%A", "%ZZ", "😀", "\uD800", "13800000001", "１３８００００００１", "+86 138 0000 0001", "null", "[]", "{}", "$K1", "$1", "$@2", "$h0", "$nabc", "__proto__", "constructor", "../../etc/passwd", "' or 1=1 --", "<script>"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ minLength: 300, maxLength: 5000 }),
  fc.uuid().map(String),
);
const jsonValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(nasty, tie("value"), { maxKeys: 4 })),
})).value;
/** JSON nested far deeper than any request: the stack must not be what refuses it. */
const deepJson = fc.integer({ min: 100, max: 4000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth));
const body = fc.oneof(
  jsonValue.map((v) => JSON.stringify(v)),
  deepJson,
  nasty,
  fc.constantFrom('{"code":"YB1:abc"}', '{"settlementToken":"x","visit":{"kind":"pharmacy"},"lines":[{"amount":"1.00","class":"A"}]}', '{"reason":"\\u0000"}', '{"serviceDate":"2026-03-01","accumulators":"ledger"}', "{"),
);
const query = fc.dictionary(fc.constantFrom("q", "limit", "kind", "class", "cursor", "personId", "for", "next"), nasty, { maxKeys: 4 });
const who = fc.constantFrom("anonymous", "person", "terminal", "bad-terminal");

function headersFor(kind: string, address: number): Record<string, string> {
  const headers: Record<string, string> = { "x-yibao-peer": `${PEER_TOKEN} 10.${(address >> 8) & 255}.${address & 255}.1`, "content-type": "application/json" };
  if (kind === "person") headers.cookie = `yb_session=${personSession}`;
  if (kind === "terminal") headers.authorization = `Bearer ${TEST_TERMINAL_KEY}`;
  if (kind === "bad-terminal") headers.authorization = "Bearer ybt_\u00ffnot-a-key";
  return headers;
}

// ——— how answers are judged ———

function record(entry: string, outcome: "ok" | "refused" | "server", code: string, input: unknown): void {
  tally.requests++;
  tally[outcome]++;
  tally.byCode.set(code, (tally.byCode.get(code) ?? 0) + 1);
  if ((outcome === "server" || (outcome === "refused" && !KNOWN_CODES.has(code))) && failures.length < 20) {
    failures.push(`${entry}: ${code} for ${JSON.stringify(input).slice(0, 300)}`);
  }
}

type Handler = (request: Request, segment: { params: Promise<never> }) => Promise<Response>;

async function callJsonRoute(entry: string, handler: Handler, method: string, path: string, init: { query: Record<string, string>; body?: string; who: string; address: number; params?: Record<string, string> }) {
  const search = new URLSearchParams(init.query).toString();
  let response: Response;
  try {
    response = await callRoute(handler as never, `${path}${search ? `?${search}` : ""}`, { method, headers: headersFor(init.who, init.address), body: init.body, params: init.params });
  } catch (error) {
    return record(entry, "server", `thrown ${(error as Error).name}`, init);
  }
  if (response.status >= 500) return record(entry, "server", String(response.status), init);
  if (response.status < 400) return record(entry, "ok", String(response.status), init);
  const text = await response.text();
  let code = `unreadable ${response.status}`;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? code;
  } catch {
    // stays unreadable
  }
  record(entry, "refused", code, init);
}

async function callAction(entry: string, call: () => Promise<unknown>, cookies: Record<string, string>, address: number, input: unknown) {
  request.set(cookies, { "x-yibao-peer": `${PEER_TOKEN} 10.${(address >> 8) & 255}.${address & 255}.2` });
  try {
    const result = (await call()) as { ok?: boolean; code?: string } | undefined;
    if (result === undefined || result === null || result.ok === true) return record(entry, "ok", "ok", input);
    if (result.code === "internal_error") return record(entry, "server", "internal_error", input);
    record(entry, "refused", String(result.code), input);
  } catch (error) {
    if (redirectedTo(error) !== null) return record(entry, "ok", "redirect", input);
    record(entry, "server", `thrown ${(error as Error).name}: ${(error as Error).message.slice(0, 100)}`, input);
  }
}

// ——— the entry points ———

const routes: Array<{ name: string; handler: Handler; method: string; path: string; params?: boolean; body?: boolean }> = [
  { name: "POST /api/v1/estimate", handler: estimateRoute as Handler, method: "POST", path: "/api/v1/estimate", body: true },
  { name: "GET /api/v1/catalogue/search", handler: catalogueSearch as Handler, method: "GET", path: "/api/v1/catalogue/search" },
  { name: "POST /api/v1/csp-report", handler: cspReport as Handler, method: "POST", path: "/api/v1/csp-report", body: true },
  { name: "GET /api/v1/me/entitlements", handler: entitlements as Handler, method: "GET", path: "/api/v1/me/entitlements" },
  { name: "GET /api/v1/me/settlements", handler: settlements as Handler, method: "GET", path: "/api/v1/me/settlements" },
  { name: "GET /api/v1/me/settlements/[id]", handler: settlement as Handler, method: "GET", path: "/api/v1/me/settlements/x", params: true },
  { name: "GET /api/v1/me/clinic", handler: clinic as Handler, method: "GET", path: "/api/v1/me/clinic" },
  { name: "GET /api/v1/me/grants", handler: grants as Handler, method: "GET", path: "/api/v1/me/grants" },
  { name: "GET /api/v1/me/voucher-device", handler: voucherDevice as Handler, method: "GET", path: "/api/v1/me/voucher-device" },
  { name: "POST /api/v1/me/voucher-shown", handler: voucherShown as Handler, method: "POST", path: "/api/v1/me/voucher-shown", body: true },
  { name: "GET /api/v1/health", handler: health as Handler, method: "GET", path: "/api/v1/health" },
  { name: "GET /api/v1/openapi.json", handler: openapi as unknown as Handler, method: "GET", path: "/api/v1/openapi.json" },
  { name: "POST /api/v1/terminal/vouchers/verify", handler: verify as Handler, method: "POST", path: "/api/v1/terminal/vouchers/verify", body: true },
  { name: "POST /api/v1/terminal/settlements", handler: settle as Handler, method: "POST", path: "/api/v1/terminal/settlements", body: true },
  { name: "GET /api/v1/terminal/settlements/[id]", handler: terminalSettlement as Handler, method: "GET", path: "/api/v1/terminal/settlements/x", params: true },
  { name: "POST /api/v1/terminal/settlements/[id]/reversal", handler: reversal as Handler, method: "POST", path: "/api/v1/terminal/settlements/x/reversal", params: true, body: true },
  { name: "GET /act-for", handler: actFor as Handler, method: "GET", path: "/act-for" },
];

for (const entry of routes) {
  test(`${entry.name}: ${RUNS_PER_ENTRY} generated requests, none answered with a 500`, async () => {
    await fc.assert(
      fc.asyncProperty(query, body, who, fc.nat(65535), nasty, async (q, b, w, address, id) => {
        await callJsonRoute(entry.name, entry.handler, entry.method, entry.path, { query: q, body: entry.body ? b : undefined, who: w, address, params: entry.params ? { id } : undefined });
      }),
      { numRuns: RUNS_PER_ENTRY, seed: SEED, endOnFailure: true },
    );
    expect(failures).toEqual([]);
  });
}

/** A form with the action's own field names (and some others), holding anything a client may type. */
const formFields = ["intent", "phone", "code", "secret", "subject", "granteePhone", "relation", "scopes", "validUntil", "grantId", "deviceId", "id", "facilityId", "confirmed", "values", "key", "locale", "easy", "visitKind", "serviceDate", "amount", "lines"];
const formData = fc.array(fc.tuple(fc.constantFrom(...formFields), nasty), { maxLength: 8 }).map((pairs) => {
  const data = new FormData();
  for (const [name, value] of pairs) data.append(name, value);
  return data;
});
const anyArgument = fc.oneof(jsonValue, formData, nasty);
const argumentsList = fc.oneof(fc.tuple(jsonValue, formData), fc.tuple(formData), fc.array(anyArgument, { maxLength: 3 }), fc.tuple(nasty, nasty), fc.tuple(jsonValue, nasty));

const actions: Record<string, (...args: never[]) => Promise<unknown>> = {
  signInAction, signOutAction, startPasskeySignInAction, finishPasskeySignInAction,
  kioskSignInAction, kioskScanSignInAction, enrolDemoKioskAction, kioskSignOutAction,
  createGrantAction, acceptGrantAction, endGrantAction, changeClinicAction, estimateAction, saveEstimateAction,
  revokeDeviceAction, registerDeviceAction, startPasskeyRegistrationAction, finishPasskeyRegistrationAction, deletePasskeyAction, endSessionAction, signOutEverywhereAction,
  signInTerminalAction, signOutTerminalAction, verifyScannedCodeAction, settleBillAction, reverseSettlementAction,
  setLocaleAction, setEasyModeAction,
};

for (const [name, run] of Object.entries(actions)) {
  test(`${name}: ${RUNS_PER_ENTRY} generated calls, none ending in an internal error`, async () => {
    await fc.assert(
      fc.asyncProperty(argumentsList, who, fc.nat(65535), async (args, w, address) => {
        const cookies: Record<string, string> = {};
        if (w === "person") cookies.yb_session = personSession;
        if (w === "terminal") cookies.yb_terminal = TEST_TERMINAL_KEY;
        // The session ending actions would end the shared session for the calls after them.
        if (w === "person" && /signOut|endSession/.test(name)) cookies.yb_session = (await sessionCookie(database.db, seedId("user:zhou-wei"))).split("=")[1]!;
        await callAction(name, () => run(...(args as never[])), cookies, address, args);
      }),
      { numRuns: RUNS_PER_ENTRY, seed: SEED, endOnFailure: true },
    );
    expect(failures).toEqual([]);
  });
}

test("in all: at least 10,000 generated requests and calls, none answered with a 500, every refusal a code of the list", () => {
  const codes = [...tally.byCode.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
  console.info(`fuzz: ${tally.requests} requests — ${tally.ok} answered, ${tally.refused} refused, ${tally.server} server errors; codes: ${codes.join(", ")}`);
  expect(tally.requests).toBeGreaterThanOrEqual(10_000);
  expect(tally.server).toBe(0);
  expect(failures).toEqual([]);
});

import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from "vitest";

const ENROL_SECRET = vi.hoisted(() => {
  // Demo enrolment exists only in demo mode, which PostgreSQL runs are not in by default.
  process.env.DEMO_MODE = "1";
  // What `npm start` prints in demo mode for kiosk screens on other machines.
  process.env.DEMO_ENROL_SECRET = "demo-enrol-secret-for-tests";
  return process.env.DEMO_ENROL_SECRET;
});

import { eq } from "drizzle-orm";
import { createGrantAction, acceptGrantAction } from "@/app/(patient)/family/actions";
import { startPasskeyRegistrationAction } from "@/app/(patient)/settings/security/actions";
import { POST as verifyRoute } from "@/app/api/v1/terminal/vouchers/verify/route";
import { enrolDemoKioskAction, kioskSignInAction, kioskSignOutAction } from "@/app/kiosk/actions";
import { registerDeviceAction } from "@/app/voucher/actions";
import { authenticateTerminal } from "@/lib/auth/terminal-key";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { devices, sessions } from "@/lib/db/schema";
import { createGrant } from "@/lib/family/grant-changes";
import { personId } from "@/lib/seed/people";
import { seedId } from "@/lib/seed/seed-id";
import { generateDeviceKeyPair } from "@/lib/voucher";
import { callRoute, redirectedTo, request, sessionCookie } from "../helpers/next-request";
import { createTestDatabase, SEEDED } from "../helpers/test-db";
import { setUpTestDevice, TEST_TERMINAL_KEY } from "../helpers/voucher-fixtures";

const PEER_TOKEN = "integration-peer-token";
const peer = (address: string) => ({ "x-yibao-peer": `${PEER_TOKEN} ${address}` });
let database: Database;

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  provideDatabase(database);
});
afterEach(async () => {
  provideDatabase(null);
  await database.close();
});
afterAll(() => {
  delete process.env.DEMO_MODE;
  delete process.env.DEMO_ENROL_SECRET;
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

/** Runs an action that may redirect; returns its result or where it went. */
async function run<T>(call: () => Promise<T>): Promise<T | { redirect: string }> {
  try {
    return await call();
  } catch (error) {
    const to = redirectedTo(error);
    if (to === null) throw error;
    return { redirect: to };
  }
}

/** Enrols this browser as a demo kiosk and returns the key its cookie got. */
async function enrol(address: string, secret = ""): Promise<{ outcome: unknown; key: string | undefined }> {
  request.set({}, peer(address));
  const outcome = await run(() => enrolDemoKioskAction(null, form({ secret })));
  return { outcome, key: request.cookie("yb_kiosk") };
}

/** Signs a person in at a kiosk with the phone and the demo code; returns the kiosk session's cookie. */
async function kioskSession(phone: string): Promise<string> {
  request.set({}, peer("203.0.113.30"));
  const sent = await kioskSignInAction(null, form({ intent: "send", phone }));
  if (!sent.ok || sent.data.step !== "code" || !sent.data.demoCode) throw new Error("no demo code");
  const device = request.cookie("yb_device")!;
  request.set({ yb_device: device }, peer("203.0.113.30"));
  expect(await run(() => kioskSignInAction(null, form({ intent: "verify", phone, code: sent.data.step === "code" ? sent.data.demoCode! : "" })))).toEqual({ redirect: "/kiosk" });
  return request.cookie("yb_session")!;
}

describe("demo kiosk enrolment", () => {
  test("an anonymous visitor on another machine gets no key without the printed secret", async () => {
    const { outcome, key } = await enrol("198.51.100.9", "guessed");
    expect(outcome).toMatchObject({ ok: false, code: "invalid_request", fieldErrors: { secret: expect.any(String) } });
    expect(key).toBeUndefined();
  });

  test("from this machine, or with the secret, each screen gets a kiosk key of its own; enrolling a second never knocks out the first", async () => {
    const first = await enrol("127.0.0.1");
    const second = await enrol("198.51.100.9", ENROL_SECRET);
    expect(first.outcome).toEqual({ redirect: "/kiosk" });
    expect(second.outcome).toEqual({ redirect: "/kiosk" });
    expect(first.key).not.toBe(second.key);
    await expect(authenticateTerminal(database.db, first.key, { kind: "kiosk" })).resolves.toBeTruthy();
    await expect(authenticateTerminal(database.db, second.key, { kind: "kiosk" })).resolves.toBeTruthy();
  });

  test("a kiosk's key is not a counter's: the counter API refuses it", async () => {
    const { key } = await enrol("127.0.0.1");
    const response = await callRoute(verifyRoute as never, "/api/v1/terminal/vouchers/verify", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...peer("198.51.100.9") },
      body: JSON.stringify({ code: "YB1:anything" }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "terminal_key_invalid" } });
  });
});

describe("a kiosk session is limited to the person at the screen", () => {
  test("it gives no grant (not even with all four scopes), accepts none, sets up no code-signing key and no passkey", async () => {
    const session = await kioskSession("13800000008");
    request.set({ yb_session: session }, peer("203.0.113.30"));
    expect(await createGrantAction(null, form({ granteePhone: "13800000006", scopes: ["view_coverage", "show_code", "estimate", "pay_from_account"], validUntil: "" })))
      .toMatchObject({ ok: false, code: "kiosk_not_allowed" });
    const offered = await createGrant(database.db, { userId: seedId("user:zhou-wei"), personId: personId("zhou-wei") }, { granteePhone: "13800000008", scopes: ["view_coverage"] }, SEEDED.march);
    expect(await acceptGrantAction(null, form({ grantId: offered.id }))).toMatchObject({ ok: false, code: "kiosk_not_allowed" });
    const pair = await generateDeviceKeyPair();
    expect(await registerDeviceAction({ publicKeySpki: pair.publicKeySpki })).toMatchObject({ ok: false, code: "kiosk_not_allowed" });
    expect(await startPasskeyRegistrationAction()).toMatchObject({ ok: false, code: "kiosk_not_allowed" });

    // The same person on their own phone may.
    request.set({ yb_session: (await sessionCookie(database.db, seedId("user:zhou-gh"))).split("=")[1]! }, peer("203.0.113.31"));
    expect(await createGrantAction(null, form({ granteePhone: "13800000006", scopes: ["view_coverage"], validUntil: "" }))).toMatchObject({ ok: true });
  });

  test("signing out at the kiosk revokes every code-signing key the session set up", async () => {
    const session = await kioskSession("13800000006");
    request.set({ yb_session: session }, peer("203.0.113.30"));
    // A key left by a kiosk session (as one could be before kiosk sessions were refused keys).
    const [kiosk] = await database.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.kind, "kiosk"));
    const device = await setUpTestDevice(database, "zhou-wei", new Date(), kiosk!.id);
    expect(await kioskSignOutAction()).toMatchObject({ ok: true });
    const [after] = await database.db.select({ revokedAt: devices.revokedAt }).from(devices).where(eq(devices.id, device.deviceId));
    expect(after!.revokedAt).not.toBeNull();
  });
});

describe("probing", () => {
  test("grant offers: 10 a day per account, so the numbers with an account cannot be listed through them", async () => {
    request.set({ yb_session: (await sessionCookie(database.db, seedId("user:chen"))).split("=")[1]! }, peer("203.0.113.32"));
    const answers: string[] = [];
    for (let i = 0; i < 15; i++) {
      const result = await createGrantAction(null, form({ granteePhone: `139${String(i).padStart(8, "0")}`, scopes: ["view_coverage"], validUntil: "" }));
      answers.push(result.ok ? "offered" : result.code);
    }
    expect(answers.slice(0, 10).every((a) => a !== "rate_limited")).toBe(true);
    expect(answers.slice(10)).toEqual(Array(5).fill("rate_limited"));
  });

  test("wrong terminal keys: after 20 from one address the answer is 429; the right key from that address still works", async () => {
    const statuses: number[] = [];
    const verify = (key: string) =>
      callRoute(verifyRoute as never, "/api/v1/terminal/vouchers/verify", {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...peer("198.51.100.44") },
        body: JSON.stringify({ code: "not a code" }),
      });
    for (let i = 0; i < 22; i++) statuses.push((await verify(`ybt_guess_${String(i).padStart(28, "0")}`)).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect((await verify(TEST_TERMINAL_KEY)).status).toBe(400);
  });
});

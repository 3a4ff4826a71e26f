import { createServer, type Server } from "node:http";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";

// The SMS gateway of this test (its own port, of the range this project's tests use): the owner
// reads the code that was sent to the phone, as a person reads a text message.
const gateway = vi.hoisted(() => {
  const port = 4793;
  process.env.SMS_GATEWAY_URL = `http://127.0.0.1:${port}/sms`;
  return { port };
});

import { signInAction } from "@/app/sign-in/actions";
import { POST as estimateRoute } from "@/app/api/v1/estimate/route";
import type { SignInStep } from "@/lib/auth";
import type { ActionResult } from "@/lib/context";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { callRoute, redirectedTo, request } from "../helpers/next-request";
import { createTestDatabase } from "../helpers/test-db";

const OWNER_PHONE = "13800000001";
const PEER_TOKEN = "integration-peer-token";
let database: Database;
let sms: Server;
const inbox: Array<{ to: string; text: string }> = [];

/** One browser: its cookie jar (the device cookie the app gives it) and its socket address. */
interface Browser {
  cookies: Record<string, string | undefined>;
  address: string;
}
const newBrowser = (address: string): Browser => ({ cookies: {}, address });

/** Posts the sign-in form from this browser, as Next.js hands a server action its request. */
async function post(browser: Browser, fields: Record<string, string>): Promise<{ result: ActionResult<SignInStep> | null; redirect: string | null }> {
  request.set(browser.cookies, { "x-yibao-peer": `${PEER_TOKEN} ${browser.address}`, "x-forwarded-for": `10.${Math.floor(Math.random() * 255)}.0.1` });
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  try {
    const result = await signInAction(null, form);
    browser.cookies.yb_device = request.cookie("yb_device");
    return { result, redirect: null };
  } catch (error) {
    const to = redirectedTo(error);
    if (to === null) throw error;
    browser.cookies.yb_device = request.cookie("yb_device");
    browser.cookies.yb_session = request.cookie("yb_session");
    return { result: null, redirect: to };
  }
}

beforeAll(async () => {
  sms = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      inbox.push(JSON.parse(body) as { to: string; text: string });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => sms.listen(gateway.port, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise((resolve) => sms.close(resolve));
  delete process.env.SMS_GATEWAY_URL;
});
beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  provideDatabase(database);
  inbox.length = 0;
});
afterEach(async () => {
  provideDatabase(null);
  await database.close();
});

/** The code in the newest text message to the phone. */
function lastCodeSentTo(phone: string): string {
  const message = inbox.filter((m) => m.to === phone).at(-1);
  expect(message, "a text message reached the phone").toBeTruthy();
  return message!.text.match(/\d{4} \d{4} \d{4}|\d{6}/)![0].replace(/ /g, "");
}

describe("a stranger cannot lock an owner out", () => {
  test("the experiment: 12 rounds of a code and 5 wrong guesses from 12 addresses, new browsers each time; the owner still signs in", async () => {
    const outcomes: Record<string, number> = {};
    const count = (code: string) => (outcomes[code] = (outcomes[code] ?? 0) + 1);
    for (let round = 0; round < 12; round++) {
      const attacker = newBrowser(`198.51.100.${100 + round}`);
      const asked = await post(attacker, { intent: "send", phone: OWNER_PHONE });
      count(asked.result?.ok ? `code sent (${asked.result.data.step === "code" ? asked.result.data.codeLength : "?"} digits)` : asked.result!.code);
      for (let guess = 0; guess < 5; guess++) {
        const tried = await post(attacker, { intent: "verify", phone: OWNER_PHONE, code: String(100000 + round * 5 + guess).padStart(6, "0") });
        expect(tried.redirect).toBeNull();
        count(tried.result!.ok ? "signed in" : tried.result!.code);
      }
    }
    // The attacker got nowhere, and after 10 codes in the hour the phone was guarded.
    expect(outcomes["signed in"]).toBeUndefined();
    expect(outcomes["code sent (12 digits)"]).toBeGreaterThan(0);
    console.info("attacker outcomes", outcomes);

    // The owner, on their own phone: asks for a code, reads the text message, signs in.
    const owner = newBrowser("203.0.113.20");
    const asked = await post(owner, { intent: "send", phone: OWNER_PHONE });
    expect(asked.result).toMatchObject({ ok: true, data: { step: "code", codeLength: 12 } });
    const code = lastCodeSentTo(OWNER_PHONE);
    expect(code).toMatch(/^\d{12}$/);
    const signedIn = await post(owner, { intent: "verify", phone: OWNER_PHONE, code });
    expect(signedIn.redirect).toBe("/");
    expect(owner.cookies.yb_session).toBeTruthy();

    // Signing in lifted the guard: the owner's next sign-in is the ordinary 6-digit code again.
    const again = await post(newBrowser("203.0.113.21"), { intent: "send", phone: OWNER_PHONE });
    expect(again.result).toMatchObject({ ok: true, data: { codeLength: 6 } });
  });

  test("a guarded code cannot be guessed in the open: 6 digits are refused outright, 12-digit guesses are only wrong", async () => {
    for (let round = 0; round < 10; round++) await post(newBrowser(`198.51.100.${round}`), { intent: "send", phone: OWNER_PHONE });
    const attacker = newBrowser("198.51.100.200");
    const asked = await post(attacker, { intent: "send", phone: OWNER_PHONE });
    expect(asked.result).toMatchObject({ ok: true, data: { codeLength: 12 } });
    expect((await post(attacker, { intent: "verify", phone: OWNER_PHONE, code: "123456" })).result).toMatchObject({ ok: false, code: "code_guarded" });
    expect((await post(attacker, { intent: "verify", phone: OWNER_PHONE, code: "123456789012" })).result).toMatchObject({ ok: false, code: "code_wrong" });
    // One text message for the guarded phone, not one per request.
    expect(inbox.filter((m) => /\d{4} \d{4} \d{4}/.test(m.text))).toHaveLength(1);
  });

  test("the owner's own code keeps its 5 tries while a stranger guesses at the same phone", async () => {
    const owner = newBrowser("203.0.113.20");
    await post(owner, { intent: "send", phone: OWNER_PHONE });
    const ownCode = lastCodeSentTo(OWNER_PHONE);
    const stranger = newBrowser("198.51.100.7");
    await post(stranger, { intent: "send", phone: OWNER_PHONE });
    for (let i = 0; i < 6; i++) await post(stranger, { intent: "verify", phone: OWNER_PHONE, code: "000000" });
    expect((await post(owner, { intent: "verify", phone: OWNER_PHONE, code: ownCode })).redirect).toBe("/");
  });
});

describe("forwarded addresses a client writes are not believed", () => {
  test("rotating X-Forwarded-For does not buy more estimates: 30 a minute from one address, then 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const response = await callRoute(estimateRoute as never, "/api/v1/estimate", {
        method: "POST",
        body: "{}",
        headers: { "x-forwarded-for": `203.0.${i}.9`, "x-real-ip": `203.0.${i}.9`, "x-yibao-peer": `${PEER_TOKEN} 198.51.100.50` },
      });
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  test("one address asking for many codes holds up nobody else: another address signs in at once", async () => {
    // Before, every client without a proxy was "unknown", one bucket of 30 codes an hour for all.
    for (let i = 0; i < 31; i++) await post(newBrowser("198.51.100.60"), { intent: "send", phone: `1380000000${(i % 9) + 1}` });
    const someoneElse = newBrowser("203.0.113.77");
    const asked = await post(someoneElse, { intent: "send", phone: "13800000005" });
    expect(asked.result).toMatchObject({ ok: true, data: { step: "code" } });
    expect((await post(someoneElse, { intent: "verify", phone: "13800000005", code: lastCodeSentTo("13800000005") })).redirect).toBe("/");
  });
});

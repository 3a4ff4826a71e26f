import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { OTP_LIFETIME_MS, requestSignInCode, verifySignInCode, type CodeRequester, type OtpLimits } from "@/lib/auth/otp";
import { hmacHex } from "@/lib/auth/secret";
import { createSession, deleteSession, endAllSessions, endSession, findSession, listSessions } from "@/lib/auth/sessions";
import type { CodeSender } from "@/lib/auth/sms-sender";
import type { Database } from "@/lib/db/open";
import { otpChallenges } from "@/lib/db/schema";
import { refusal } from "../helpers/refusal";
import { createTestDatabase, SEEDED } from "../helpers/test-db";

const phone = "13800000001";
const t0 = SEEDED.march;
const later = (ms: number) => new Date(t0.getTime() + ms);
let database: Database;
const sent: Array<{ phone: string; code: string }> = [];
const sender: CodeSender = { sendCode: async (to, code) => void sent.push({ phone: to, code }) };
const limits: OtpLimits = { perPhonePerHour: 100, wrongTriesPerPhonePerDay: 100, perDevicePerHour: 100, perAddressPerHour: 100 };
const browser = (name: string, known = false, address = "198.51.100.7"): CodeRequester => ({ device: { hash: `device-${name}`, known }, address });
const mine = browser("mine");

async function codeFor(who: CodeRequester, at: Date, number = phone): Promise<string> {
  const issued = await requestSignInCode(database.db, number, who, sender, at, limits, { unknownNumbers: "refuse" });
  return issued.code!;
}

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  sent.length = 0;
});
afterEach(async () => database.close());

describe("one-time sign-in codes", () => {
  test("the sent code signs in once; a second use is refused", async () => {
    const code = await codeFor(mine, t0);
    expect(sent).toEqual([{ phone, code }]);
    expect(await verifySignInCode(database.db, phone, code, mine, later(1000), limits)).toMatch(/[0-9a-f-]{36}/);
    await expect(verifySignInCode(database.db, phone, code, mine, later(2000), limits)).rejects.toMatchObject({ code: "code_missing" });
  });

  test("a code expires after 5 minutes", async () => {
    const code = await codeFor(mine, t0);
    await expect(verifySignInCode(database.db, phone, code, mine, later(OTP_LIFETIME_MS), limits)).rejects.toMatchObject({ code: "code_expired" });
    await expect(verifySignInCode(database.db, phone, code, mine, later(OTP_LIFETIME_MS - 1), limits)).resolves.toBeTruthy();
  });

  test("5 tries: four wrong ones tell the tries left, the fifth says the code is used up, the right code after it is refused", async () => {
    const code = await codeFor(mine, t0);
    const wrong = code === "000000" ? "111111" : "000000";
    for (const left of [4, 3, 2, 1]) {
      await expect(refusal(verifySignInCode(database.db, phone, wrong, mine, t0, limits))).resolves.toMatchObject({ code: "code_wrong", params: { triesLeft: left } });
    }
    await expect(refusal(verifySignInCode(database.db, phone, wrong, mine, t0, limits))).resolves.toMatchObject({ code: "code_wrong_last", messages: { zh: expect.stringContaining("重新获取验证码") } });
    await expect(verifySignInCode(database.db, phone, code, mine, t0, limits)).rejects.toMatchObject({ code: "code_locked" });
  });

  test("only the newest code of this browser counts", async () => {
    const first = await codeFor(mine, t0);
    const second = await codeFor(mine, later(60_000));
    if (first !== second) await expect(verifySignInCode(database.db, phone, first, mine, later(61_000), limits)).rejects.toMatchObject({ code: "code_wrong" });
    await expect(verifySignInCode(database.db, phone, second, mine, later(61_000), limits)).resolves.toBeTruthy();
  });

  test("a code belongs to the browser that asked for it: another browser's tries never touch it", async () => {
    const code = await codeFor(mine, t0);
    const stranger = browser("stranger");
    await expect(verifySignInCode(database.db, phone, code, stranger, t0, limits)).rejects.toMatchObject({ code: "code_missing" });
    await requestSignInCode(database.db, phone, stranger, sender, t0, limits);
    for (let i = 0; i < 5; i++) await verifySignInCode(database.db, phone, "999999", stranger, t0, limits).catch(() => null);
    await expect(verifySignInCode(database.db, phone, code, mine, t0, limits)).resolves.toBeTruthy();
  });

  test("the stored code is an HMAC under the server's secret: the table alone does not give it back", async () => {
    const code = await codeFor(mine, t0);
    const [row] = await database.db.select({ codeHash: otpChallenges.codeHash }).from(otpChallenges).where(eq(otpChallenges.phone, phone));
    expect(row!.codeHash).toBe(hmacHex("sign-in-code", `${phone}:${code}`));
    // What the table used to hold: sha256 over 10⁶ codes, reversed in a second.
    expect(row!.codeHash).not.toBe(createHash("sha256").update(`${phone}:${code}`).digest("hex"));
  });
});

describe("numbers without an account", () => {
  test("demo mode says so and sends nothing", async () => {
    await expect(refusal(requestSignInCode(database.db, "13900000000", mine, sender, t0, limits, { unknownNumbers: "refuse" }))).resolves.toMatchObject({ code: "no_account" });
    expect(sent).toEqual([]);
  });

  test("otherwise the answer is the same as for a registered number, nothing is sent, and no code works", async () => {
    const unknown = await requestSignInCode(database.db, "13900000000", mine, sender, t0, limits, { unknownNumbers: "pretend" });
    const known = await requestSignInCode(database.db, phone, browser("other"), sender, t0, limits, { unknownNumbers: "pretend" });
    expect({ codeLength: unknown.codeLength, expiresAt: unknown.expiresAt }).toEqual({ codeLength: known.codeLength, expiresAt: known.expiresAt });
    expect(sent.map((s) => s.phone)).toEqual([phone]);
    await expect(refusal(verifySignInCode(database.db, "13900000000", known.code!, mine, t0, limits))).resolves.toMatchObject({ code: "code_wrong" });
  });
});

describe("sending limits", () => {
  test("one browser and phone: a new code after 1, then 2 minutes; the wait is said in seconds", async () => {
    await codeFor(mine, t0);
    await expect(refusal(requestSignInCode(database.db, phone, mine, sender, later(30_000), limits))).resolves.toMatchObject({ code: "rate_limited", status: 429, params: { retryAfterSeconds: 30 } });
    await codeFor(mine, later(60_000));
    await expect(refusal(requestSignInCode(database.db, phone, mine, sender, later(60_000 + 119_000), limits))).resolves.toMatchObject({ code: "rate_limited" });
    await expect(codeFor(mine, later(60_000 + 120_000))).resolves.toMatch(/^\d{6}$/);
  });

  test("one browser asks for a few numbers at most per hour", async () => {
    const tight = { ...limits, perDevicePerHour: 2 };
    await requestSignInCode(database.db, "13800000001", mine, sender, t0, tight);
    await requestSignInCode(database.db, "13800000002", mine, sender, t0, tight);
    await expect(refusal(requestSignInCode(database.db, "13800000003", mine, sender, t0, tight))).resolves.toMatchObject({ code: "rate_limited" });
    await expect(requestSignInCode(database.db, "13800000003", browser("next-in-queue"), sender, t0, tight)).resolves.toBeTruthy();
  });

  test("one address: browsers that never signed in are counted, those that did are not", async () => {
    const tight = { ...limits, perAddressPerHour: 2 };
    await requestSignInCode(database.db, "13800000001", browser("a"), sender, t0, tight);
    await requestSignInCode(database.db, "13800000002", browser("b"), sender, t0, tight);
    await expect(refusal(requestSignInCode(database.db, "13800000003", browser("c"), sender, t0, tight))).resolves.toMatchObject({ code: "rate_limited" });
    // A regular of the hall, whose browser signed in here before, is not held up.
    await expect(requestSignInCode(database.db, "13800000003", browser("regular", true), sender, t0, tight)).resolves.toBeTruthy();
    // Nor is anyone at another address.
    await expect(requestSignInCode(database.db, "13800000003", browser("d", false, "203.0.113.9"), sender, t0, tight)).resolves.toBeTruthy();
  });
});

describe("managing sessions", () => {
  async function signedInSession(now: Date, who = browser(`session-${now.getTime()}-${Math.random()}`)) {
    const userId = await verifySignInCode(database.db, phone, await codeFor(who, now), who, now, limits);
    const session = await createSession(database.db, userId, now, "Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile Safari/537.36");
    return { userId, ...session, sessionId: (await findSession(database.db, session.token, now))!.sessionId };
  }

  test("a session token finds its account until it expires or is deleted", async () => {
    const { userId, token, expiresAt } = await signedInSession(t0);
    expect(await findSession(database.db, token, t0)).toMatchObject({ userId, phone, kiosk: false });
    expect(await findSession(database.db, token, expiresAt)).toBeNull();
    expect(await findSession(database.db, `${token}x`, t0)).toBeNull();
    await deleteSession(database.db, token);
    expect(await findSession(database.db, token, t0)).toBeNull();
  });

  test("lists the account's sessions with the current one first", async () => {
    const a = await signedInSession(t0);
    const b = await signedInSession(later(60_000));
    const list = await listSessions(database.db, a.userId, a.sessionId, t0);
    expect(list.map((s) => s.id)).toEqual([a.sessionId, b.sessionId]);
    expect(list[0]!.current).toBe(true);
  });

  test("ending a session only works on the account's own sessions", async () => {
    const a = await signedInSession(t0);
    const other = await createSession(database.db, await seedUser("13800000002"), t0);
    const otherId = (await findSession(database.db, other.token, t0))!.sessionId;
    expect(await endSession(database.db, a.userId, otherId, t0)).toBe(false);
    expect(await findSession(database.db, other.token, t0)).not.toBeNull();
    expect(await endSession(database.db, a.userId, a.sessionId, t0)).toBe(true);
    expect(await findSession(database.db, a.token, t0)).toBeNull();
  });

  test("sign out everywhere ends all of the account's sessions and no one else's", async () => {
    const a = await signedInSession(t0);
    const b = await signedInSession(t0);
    const other = await createSession(database.db, await seedUser("13800000002"), t0);
    expect(await endAllSessions(database.db, a.userId, t0)).toBe(2);
    expect(await findSession(database.db, a.token, t0)).toBeNull();
    expect(await findSession(database.db, b.token, t0)).toBeNull();
    expect(await findSession(database.db, other.token, t0)).not.toBeNull();
  });
});

async function seedUser(phoneNumber: string): Promise<string> {
  const who = browser(`seed-${phoneNumber}`);
  return verifySignInCode(database.db, phoneNumber, await codeFor(who, t0, phoneNumber), who, t0, limits);
}

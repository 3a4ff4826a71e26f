import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { OTP_LIFETIME_MS, requestSignInCode, verifySignInCode } from "@/lib/auth/otp";
import { createSession, deleteSession, endAllSessions, endSession, findSession, listSessions } from "@/lib/auth/sessions";
import type { CodeSender } from "@/lib/auth/sms-sender";
import type { Database } from "@/lib/db/open";
import { refusal } from "../helpers/refusal";
import { createTestDatabase, SEEDED } from "../helpers/test-db";

const phone = "13800000001";
const t0 = SEEDED.march;
let database: Database;
const sent: string[] = [];
const sender: CodeSender = { sendCode: async (_p, code) => void sent.push(code) };
const limits = { perPhonePerHour: 100, perAddressPerHour: 100, address: "198.51.100.7" };

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  sent.length = 0;
});
afterEach(async () => database.close());

describe("one-time sign-in codes", () => {
  test("the sent code signs in once; a second use is refused", async () => {
    const { code } = await requestSignInCode(database.db, phone, sender, t0, limits);
    expect(sent).toEqual([code]);
    const userId = await verifySignInCode(database.db, phone, code, new Date(t0.getTime() + 1000));
    expect(userId).toMatch(/[0-9a-f-]{36}/);
    await expect(verifySignInCode(database.db, phone, code, new Date(t0.getTime() + 2000))).rejects.toMatchObject({ code: "code_missing" });
  });

  test("a code expires after 5 minutes", async () => {
    const { code } = await requestSignInCode(database.db, phone, sender, t0, limits);
    const justBefore = new Date(t0.getTime() + OTP_LIFETIME_MS - 1);
    const atExpiry = new Date(t0.getTime() + OTP_LIFETIME_MS);
    await expect(verifySignInCode(database.db, phone, code, atExpiry)).rejects.toMatchObject({ code: "code_expired" });
    await expect(verifySignInCode(database.db, phone, code, justBefore)).resolves.toBeTruthy();
  });

  test("at most 5 tries: the right code after 5 wrong ones is refused", async () => {
    const { code } = await requestSignInCode(database.db, phone, sender, t0, limits);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 1; i <= 5; i++) {
      await expect(verifySignInCode(database.db, phone, wrong, t0)).rejects.toMatchObject({ code: "code_wrong" });
    }
    await expect(verifySignInCode(database.db, phone, code, t0)).rejects.toMatchObject({ code: "code_locked" });
  });

  test("only the newest code counts", async () => {
    const first = await requestSignInCode(database.db, phone, sender, t0, limits);
    const second = await requestSignInCode(database.db, phone, sender, new Date(t0.getTime() + 1000), limits);
    if (first.code !== second.code) {
      await expect(verifySignInCode(database.db, phone, first.code, t0)).rejects.toMatchObject({ code: "code_wrong" });
    }
    await expect(verifySignInCode(database.db, phone, second.code, t0)).resolves.toBeTruthy();
  });

  test("an unknown phone gets a clear error and no code is sent", async () => {
    await expect(requestSignInCode(database.db, "13900000000", sender, t0, limits)).rejects.toMatchObject({ code: "no_account" });
    expect(sent).toEqual([]);
  });
});

describe("sessions", () => {
  test("a session token finds its account until it expires or is deleted", async () => {
    const { code } = await requestSignInCode(database.db, phone, sender, t0, limits);
    const userId = await verifySignInCode(database.db, phone, code, t0);
    const { token, expiresAt } = await createSession(database.db, userId, t0, "test");
    expect(await findSession(database.db, token, t0)).toMatchObject({ userId, phone });
    expect(await findSession(database.db, token, expiresAt)).toBeNull();
    expect(await findSession(database.db, `${token}x`, t0)).toBeNull();
    await deleteSession(database.db, token);
    expect(await findSession(database.db, token, t0)).toBeNull();
  });
});

describe("sending limits", () => {
  test("a phone gets at most its hourly number of codes; the next hour it may ask again", async () => {
    const tight = { ...limits, perPhonePerHour: 3 };
    const hourStart = new Date("2026-03-01T02:00:00Z");
    for (let i = 0; i < 3; i++) await requestSignInCode(database.db, phone, sender, hourStart, tight);
    await expect(refusal(requestSignInCode(database.db, phone, sender, hourStart, tight))).resolves.toMatchObject({ code: "rate_limited", status: 429 });
    expect(sent).toHaveLength(3);
    await expect(requestSignInCode(database.db, phone, sender, new Date(hourStart.getTime() + 3600_000), tight)).resolves.toBeTruthy();
  });

  test("one address cannot ask for codes for many phones", async () => {
    const tight = { ...limits, perAddressPerHour: 2 };
    await requestSignInCode(database.db, "13800000001", sender, t0, tight);
    await requestSignInCode(database.db, "13800000002", sender, t0, tight);
    await expect(requestSignInCode(database.db, "13800000003", sender, t0, tight)).rejects.toMatchObject({ code: "rate_limited" });
    // Another address is not affected.
    await expect(requestSignInCode(database.db, "13800000003", sender, t0, { ...tight, address: "203.0.113.9" })).resolves.toBeTruthy();
  });

  test("unknown phones count against the address limit too", async () => {
    const tight = { ...limits, perAddressPerHour: 1 };
    await expect(requestSignInCode(database.db, "13900000000", sender, t0, tight)).rejects.toMatchObject({ code: "no_account" });
    await expect(requestSignInCode(database.db, "13800000001", sender, t0, tight)).rejects.toMatchObject({ code: "rate_limited" });
  });
});

describe("managing sessions", () => {
  async function signedInSession(now: Date) {
    const { code } = await requestSignInCode(database.db, phone, sender, now, limits);
    const userId = await verifySignInCode(database.db, phone, code, now);
    const session = await createSession(database.db, userId, now, "Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile Safari/537.36");
    return { userId, ...session, sessionId: (await findSession(database.db, session.token, now))!.sessionId };
  }

  test("lists the account's sessions with the current one first", async () => {
    const a = await signedInSession(t0);
    const b = await signedInSession(new Date(t0.getTime() + 60_000));
    const list = await listSessions(database.db, a.userId, a.sessionId, t0);
    expect(list.map((s) => s.id)).toEqual([a.sessionId, b.sessionId]);
    expect(list[0]!.current).toBe(true);
  });

  test("ending a session only works on the account's own sessions", async () => {
    const a = await signedInSession(t0);
    const other = await createSession(database.db, (await seedUser("13800000002")), t0);
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
  const { code } = await requestSignInCode(database.db, phoneNumber, sender, t0, limits);
  return verifySignInCode(database.db, phoneNumber, code, t0);
}

import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { OTP_LIFETIME_MS, requestSignInCode, verifySignInCode } from "@/lib/auth/otp";
import { createSession, deleteSession, findSession } from "@/lib/auth/sessions";
import type { CodeSender } from "@/lib/auth/sms-sender";
import type { Database } from "@/lib/db/open";
import { seedDemoData } from "@/lib/db/seed";
import { createTestDatabase } from "../helpers/test-db";

const phone = "13800000001";
const t0 = new Date("2026-03-01T02:00:00Z");
let database: Database;
const sent: string[] = [];
const sender: CodeSender = { sendCode: async (_p, code) => void sent.push(code) };

beforeEach(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db, { today: t0, terminalKey: "ybt_integration_test_key_0001" });
  sent.length = 0;
});
afterEach(async () => database.close());

describe("one-time sign-in codes", () => {
  test("the sent code signs in once; a second use is refused", async () => {
    const { code } = await requestSignInCode(database.db, phone, sender, t0);
    expect(sent).toEqual([code]);
    const userId = await verifySignInCode(database.db, phone, code, new Date(t0.getTime() + 1000));
    expect(userId).toMatch(/[0-9a-f-]{36}/);
    await expect(verifySignInCode(database.db, phone, code, new Date(t0.getTime() + 2000))).rejects.toMatchObject({ code: "code_missing" });
  });

  test("a code expires after 5 minutes", async () => {
    const { code } = await requestSignInCode(database.db, phone, sender, t0);
    const justBefore = new Date(t0.getTime() + OTP_LIFETIME_MS - 1);
    const atExpiry = new Date(t0.getTime() + OTP_LIFETIME_MS);
    await expect(verifySignInCode(database.db, phone, code, atExpiry)).rejects.toMatchObject({ code: "code_expired" });
    await expect(verifySignInCode(database.db, phone, code, justBefore)).resolves.toBeTruthy();
  });

  test("at most 5 tries: the right code after 5 wrong ones is refused", async () => {
    const { code } = await requestSignInCode(database.db, phone, sender, t0);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 1; i <= 5; i++) {
      await expect(verifySignInCode(database.db, phone, wrong, t0)).rejects.toMatchObject({ code: "code_wrong" });
    }
    await expect(verifySignInCode(database.db, phone, code, t0)).rejects.toMatchObject({ code: "code_locked" });
  });

  test("only the newest code counts", async () => {
    const first = await requestSignInCode(database.db, phone, sender, t0);
    const second = await requestSignInCode(database.db, phone, sender, new Date(t0.getTime() + 1000));
    if (first.code !== second.code) {
      await expect(verifySignInCode(database.db, phone, first.code, t0)).rejects.toMatchObject({ code: "code_wrong" });
    }
    await expect(verifySignInCode(database.db, phone, second.code, t0)).resolves.toBeTruthy();
  });

  test("an unknown phone gets a clear error and no code is sent", async () => {
    await expect(requestSignInCode(database.db, "13900000000", sender, t0)).rejects.toMatchObject({ code: "no_account" });
    expect(sent).toEqual([]);
  });
});

describe("sessions", () => {
  test("a session token finds its account until it expires or is deleted", async () => {
    const { code } = await requestSignInCode(database.db, phone, sender, t0);
    const userId = await verifySignInCode(database.db, phone, code, t0);
    const { token, expiresAt } = await createSession(database.db, userId, t0, "test");
    expect(await findSession(database.db, token, t0)).toMatchObject({ userId, phone });
    expect(await findSession(database.db, token, expiresAt)).toBeNull();
    expect(await findSession(database.db, `${token}x`, t0)).toBeNull();
    await deleteSession(database.db, token);
    expect(await findSession(database.db, token, t0)).toBeNull();
  });
});

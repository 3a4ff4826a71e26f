import { afterEach, beforeEach, expect, test } from "vitest";
import { eq } from "drizzle-orm";
import { createSession, findSession } from "@/lib/auth/sessions";
import type { Database } from "@/lib/db/open";
import { people } from "@/lib/db/schema";
import { personId } from "@/lib/seed/people";
import { seedId } from "@/lib/seed/seed-id";
import { acceptGrant, createGrant } from "@/lib/family/grant-changes";
import { enrolDemoKiosk } from "@/lib/kiosk/enrol";
import { KIOSK_SESSION_MS, startKioskSession, userFromScannedCode } from "@/lib/kiosk/sign-in";
import { refusal } from "../helpers/refusal";
import { createTestDatabase, SEEDED } from "../helpers/test-db";
import { codeFrom, setUpTestDevice, TEST_TERMINAL_KEY } from "../helpers/voucher-fixtures";

// The kiosk is a terminal: it signs a person in by their own code, scanned from their phone.
const now = SEEDED.march;
let database: Database;
let kioskKey: string;

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  kioskKey = (await enrolDemoKiosk(database.db, { fromLoopback: true, secret: "", expectedSecret: null, address: "127.0.0.1" }, now))!;
});
afterEach(async () => database.close());

test("a person's own code signs that person's account in at a registered kiosk", async () => {
  const father = await setUpTestDevice(database, "zhou-wei", now);
  const code = await codeFrom(father, now);
  expect(await userFromScannedCode(database.db, kioskKey, code, now)).toBe(seedId("user:zhou-wei"));
  await expect(refusal(userFromScannedCode(database.db, null, code, now))).resolves.toMatchObject({ status: 401 });
  await expect(refusal(userFromScannedCode(database.db, "ybt_not_the_kiosk_key_000000", code, now))).resolves.toMatchObject({ status: 401 });
});

test("a scanned code signs in once: a photo of it replayed at the kiosk is refused", async () => {
  const father = await setUpTestDevice(database, "zhou-wei", now);
  const code = await codeFrom(father, now);
  expect(await userFromScannedCode(database.db, kioskKey, code, now)).toBe(seedId("user:zhou-wei"));
  await expect(userFromScannedCode(database.db, kioskKey, code, new Date(now.getTime() + 5_000))).rejects.toMatchObject({ code: "kiosk_code_refused" });
});

test("a code shown for a relative under a grant, or an old code, signs nobody in", async () => {
  const son = await setUpTestDevice(database, "zhou-wei", now);
  const { id } = await createGrant(database.db, { userId: seedId("user:zhou-gh"), personId: personId("zhou-gh") }, { granteePhone: "13800000006", scopes: ["show_code"] }, now);
  await acceptGrant(database.db, { userId: seedId("user:zhou-wei"), personId: personId("zhou-wei") }, id, now);
  const [grandfather] = await database.db.select({ voucherId: people.voucherId }).from(people).where(eq(people.id, personId("zhou-gh")));
  const underGrant = await codeFrom(son, now, { grantId: id, voucherId: grandfather!.voucherId });
  await expect(userFromScannedCode(database.db, kioskKey, underGrant, now)).rejects.toMatchObject({ code: "kiosk_code_refused" });
  const old = await codeFrom(son, new Date(now.getTime() - 10 * 60_000));
  await expect(userFromScannedCode(database.db, kioskKey, old, now)).rejects.toMatchObject({ code: "kiosk_code_refused" });
  await expect(userFromScannedCode(database.db, kioskKey, "not a code", now)).rejects.toMatchObject({ code: "kiosk_code_refused" });
});

test("a kiosk session ends by itself after 15 minutes and leaves the person's other sessions alone", async () => {
  const userId = seedId("user:chen");
  const phone = await createSession(database.db, userId, now);
  const kiosk = await startKioskSession(database.db, userId, now);
  expect(kiosk.expiresAt.getTime() - now.getTime()).toBe(KIOSK_SESSION_MS);
  expect(await findSession(database.db, kiosk.token, new Date(now.getTime() + KIOSK_SESSION_MS - 1))).not.toBeNull();
  expect(await findSession(database.db, kiosk.token, new Date(now.getTime() + KIOSK_SESSION_MS + 1))).toBeNull();
  expect(await findSession(database.db, phone.token, new Date(now.getTime() + KIOSK_SESSION_MS + 1))).not.toBeNull();
});

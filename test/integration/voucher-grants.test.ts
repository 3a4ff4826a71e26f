import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { eq } from "drizzle-orm";
import { handleVerifyRequest } from "@/lib/terminal/voucher-verification";
import { findActiveGrant } from "@/lib/family/grants";
import type { Database } from "@/lib/db/open";
import { grants, guardianships, people, type GrantScope } from "@/lib/db/schema";
import { checkGuardianCode } from "@/lib/family/guardian-codes";
import { showableCodes } from "@/lib/family/showable-codes";
import { personId } from "@/lib/seed/people";
import { seedId } from "@/lib/seed/seed-id";
import { refusal } from "../helpers/refusal";
import { createTestDatabase, SEEDED } from "../helpers/test-db";
import { codeFrom, demoTerminal, setUpTestDevice, TEST_TERMINAL_KEY, type TestDevice } from "../helpers/voucher-fixtures";

// The father (周伟) shows his 9-year-old daughter's (周小雨, no phone) code under her grant.
const now = SEEDED.march;
const day = 86_400_000;
let database: Database;
let father: TestDevice;
let childVoucherId: string;

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  father = await setUpTestDevice(database, "zhou-wei", now);
  const [child] = await database.db.select({ voucherId: people.voucherId }).from(people).where(eq(people.id, personId("zhou-yu")));
  childVoucherId = child!.voucherId;
});
afterEach(async () => database.close());

async function giveGrant(values: Partial<typeof grants.$inferInsert> = {}): Promise<string> {
  const [row] = await database.db
    .insert(grants)
    .values({
      grantorPersonId: personId("zhou-yu"),
      granteeUserId: father.userId,
      scopes: ["view_coverage", "show_code"] satisfies GrantScope[],
      validFrom: new Date(now.getTime() - day),
      validTo: new Date(now.getTime() + 365 * day),
      acceptedAt: new Date(now.getTime() - day),
      ...values,
    })
    .returning({ id: grants.id });
  return row!.id;
}

async function verifyUnderGrant(grantId: string, device: TestDevice = father) {
  const code = await codeFrom(device, now, { grantId, voucherId: childVoucherId });
  return handleVerifyRequest(database.db, await demoTerminal(database), { code }, { now });
}

test("a family member's own device shows the relative's code under a live grant", async () => {
  const grantId = await giveGrant();
  const result = await verifyUnderGrant(grantId);
  expect(result.person.maskedName).toBe("周*雨");
  expect(result.person.insurance).toBe("resident");
  expect(result.shownUnderGrant).toBe(true);
});

describe("grants that do not allow it are refused with 403", () => {
  test.each([
    { label: "revoked", values: { revokedAt: new Date(now.getTime() - 1000) }, code: "grant_revoked" },
    { label: "ended", values: { validTo: new Date(now.getTime() - 1000) }, code: "grant_expired" },
    { label: "not accepted yet", values: { acceptedAt: null }, code: "grant_not_valid" },
    { label: "not started yet", values: { validFrom: new Date(now.getTime() + day) }, code: "grant_not_valid" },
    { label: "without the show-code scope", values: { scopes: ["view_coverage"] }, code: "grant_not_valid" },
    { label: "given by someone else", values: { grantorPersonId: personId("zhou-gh") }, code: "grant_not_valid" },
  ])("$label: $code", async ({ values, code }) => {
    const grantId = await giveGrant(values);
    await expect(refusal(verifyUnderGrant(grantId))).resolves.toMatchObject({ code, status: 403 });
  });

  test("an unknown grant id", async () => {
    await expect(refusal(verifyUnderGrant("0b7a2c1e-5d4f-4a3b-9c8d-7e6f5a4b3c2d"))).resolves.toMatchObject({ code: "grant_not_valid", status: 403 });
  });

  test("a grant received by another account does not let this device use it", async () => {
    const grantId = await giveGrant();
    const mother = await setUpTestDevice(database, "wu-jing", now);
    await expect(refusal(verifyUnderGrant(grantId, mother))).resolves.toMatchObject({ code: "grant_not_valid", status: 403 });
  });
});

test("revoking the grant makes the next code fail at once, and leaves the grantee's own code working", async () => {
  const grantId = await giveGrant();
  await verifyUnderGrant(grantId);
  await database.db.update(grants).set({ revokedAt: now }).where(eq(grants.id, grantId));
  await expect(verifyUnderGrant(grantId)).rejects.toMatchObject({ code: "grant_revoked" });
  const own = await handleVerifyRequest(database.db, await demoTerminal(database), { code: await codeFrom(father, now) }, { now });
  expect(own.person.maskedName).toBe("周*");
});

test("findActiveGrant returns the grant only while it may be used for the scope", async () => {
  const grantId = await giveGrant();
  const need = { scope: "show_code" as const, now, granteeUserId: father.userId };
  expect(await findActiveGrant(database.db, grantId, need)).toMatchObject({ id: grantId, grantorPersonId: personId("zhou-yu") });
  expect(await findActiveGrant(database.db, grantId, { ...need, scope: "pay_from_account" })).toBeNull();
  expect(await findActiveGrant(database.db, grantId, { ...need, granteeUserId: seedId("user:wu-jing") })).toBeNull();
  expect(await findActiveGrant(database.db, "not-a-uuid", need)).toBeNull();
});

describe("a guardian shows a dependant child's code without a grant", () => {
  const guardianshipId = seedId("guardian:zhou-wei:zhou-yu");

  test("the parent's own device, naming the guardianship, is accepted; the code screen lists the child", async () => {
    const result = await verifyUnderGrant(guardianshipId);
    expect(result.person.maskedName).toBe("周*雨");
    expect(result.shownUnderGrant).toBe(true);
    const codes = await showableCodes(database.db, father.userId, now);
    expect(codes).toContainEqual({ grantId: guardianshipId, personId: personId("zhou-yu"), voucherId: childVoucherId, maskedName: "周*雨" });
  });

  test("another parent's guardianship id or a stranger's device is refused", async () => {
    await expect(refusal(verifyUnderGrant(seedId("guardian:wu-jing:zhou-yu")))).resolves.toMatchObject({ status: 403 });
    const stranger = await setUpTestDevice(database, "chen", now);
    await expect(refusal(verifyUnderGrant(guardianshipId, stranger))).resolves.toMatchObject({ status: 403 });
    expect(await showableCodes(database.db, stranger.userId, now)).toEqual([]);
  });

  test("an ended guardianship, or a child who has turned 16, is refused as revoked", async () => {
    await database.db.update(guardianships).set({ endedAt: new Date(now.getTime() - 1000) }).where(eq(guardianships.id, guardianshipId));
    await expect(refusal(verifyUnderGrant(guardianshipId))).resolves.toMatchObject({ code: "grant_revoked", status: 403 });
    expect(await showableCodes(database.db, father.userId, now)).toEqual([]);
  });

  test("the child's 16th birthday ends it without anyone ending it", async () => {
    const sixteen = new Date("2033-06-18T02:00:00Z");
    expect(await checkGuardianCode(database.db, guardianshipId, { dependantPersonId: personId("zhou-yu"), guardianPersonId: personId("zhou-wei") }, new Date("2033-06-17T02:00:00Z"))).toBe("ok");
    expect(await checkGuardianCode(database.db, guardianshipId, { dependantPersonId: personId("zhou-yu"), guardianPersonId: personId("zhou-wei") }, sixteen)).toBe("ended");
  });
});

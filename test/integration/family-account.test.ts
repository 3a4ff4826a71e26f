/**
 * 家庭共济 at the counter, end to end through the terminal's routes: a family member shows a
 * relative's code from their phone, the scan offers the relatives' accounts that may pay, the
 * settlement names one, and both sides read it — the holder's account entries and access log, the
 * patient's settlement. The rule is the national one of the day (lib/reimbursement FAMILY_MUTUAL_AID).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { eq } from "drizzle-orm";
import { POST as verifyRoute } from "@/app/api/v1/terminal/vouchers/verify/route";
import { POST as settleRoute } from "@/app/api/v1/terminal/settlements/route";
import { provideDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/open";
import { people, terminals } from "@/lib/db/schema";
import { sha256Hex } from "@/lib/auth/tokens";
import { acceptGrant, createGrant, endGrant } from "@/lib/family/grant-changes";
import { familyAccountsFor } from "@/lib/family/family-accounts";
import { listAccessLog } from "@/lib/family/access-log";
import { accountBalance, getSettlement, listAccountEntries } from "@/lib/ledger";
import { facilityId } from "@/lib/seed/facilities";
import { personId } from "@/lib/seed/people";
import { seedId } from "@/lib/seed/seed-id";
import { openAccount } from "../helpers/ledger-fixtures";
import { createTestDatabase, SEEDED } from "../helpers/test-db";
import { codeFrom, setUpTestDevice, type TestDevice } from "../helpers/voucher-fixtures";

const now = SEEDED.march;
const YANGZHOU_COUNTER_KEY = "ybt_yangzhou_counter_key_0001";
let database: Database;
let sonPhone: TestDevice;
const account = (key: string) => ({ userId: seedId(`user:${key}`), personId: personId(key) });
const grandfather = account("zhou-gh");
const son = account("zhou-wei");
const child = personId("zhou-yu");

interface Verified {
  person: { maskedName: string };
  settlement: { token: string };
  familyAccounts: { ref: string; maskedName: string; relation: string | null; gender: string | null }[];
  error?: { code: string };
}
interface Settled {
  id: string;
  amounts: { acct_pay: number; acct_mulaid_pay: number; psn_cash_pay: number };
  error?: { code: string };
}

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
  // A pharmacy counter in Yangzhou, where the family is insured.
  await database.db.insert(terminals).values({ name: "扬州测试药店", facilityId: facilityId("yz-baijia"), keyHash: sha256Hex(YANGZHOU_COUNTER_KEY) });
  const yesterday = new Date(now.getTime() - 86_400_000);
  await openAccount(database.db, grandfather.personId, 50_000, yesterday);
  await openAccount(database.db, son.personId, 50_000, yesterday);
  sonPhone = await setUpTestDevice(database, "zhou-wei", now);
  provideDatabase(database);
  vi.useFakeTimers({ toFake: ["Date"], now });
});
afterEach(async () => {
  vi.useRealTimers();
  provideDatabase(null);
  await database.close();
});

const noParams = { params: Promise.resolve({}) };
function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${YANGZHOU_COUNTER_KEY}`, ...headers },
    body: JSON.stringify(body),
  });
}

async function voucherOf(key: string): Promise<string> {
  const [row] = await database.db.select({ voucherId: people.voucherId }).from(people).where(eq(people.id, personId(key)));
  return row!.voucherId;
}

/** The son's phone shows the daughter's code (as her guardian, naming the guardianship) or his father's (under a grant). */
async function scan(code: Promise<string>): Promise<{ status: number; body: Verified }> {
  const response = await verifyRoute(post("/api/v1/terminal/vouchers/verify", { code: await code }), noParams);
  return { status: response.status, body: (await response.json()) as Verified };
}
const daughtersCode = async () => codeFrom(sonPhone, now, { grantId: seedId("guardian:zhou-wei:zhou-yu"), voucherId: await voucherOf("zhou-yu") });

async function settleAt(token: string, familyAccount: string | undefined, key: string): Promise<{ status: number; body: Settled }> {
  const body = { settlementToken: token, visit: { kind: "pharmacy" }, lines: [{ name: "布洛芬缓释胶囊", class: "B", amount: "120.00" }], useAccount: true, ...(familyAccount ? { familyAccount } : {}) };
  const response = await settleRoute(post("/api/v1/terminal/settlements", body, { "idempotency-key": key }), noParams);
  return { status: response.status, body: (await response.json()) as Settled };
}

async function lendGrandfathersAccount(): Promise<string> {
  const { id } = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["pay_from_account"] }, now);
  await acceptGrant(database.db, son, id, now);
  return id;
}

describe("a grandfather's account pays for his granddaughter (a close relative since 2024)", () => {
  test("the scan offers it; the settlement draws on it; both sides see it; his log has the amount, the place and for whom", async () => {
    await lendGrandfathersAccount();
    const verified = await scan(daughtersCode());
    expect(verified.status).toBe(200);
    expect(verified.body.person.maskedName).toBe("周*雨");
    // Her father's own account (he is at the counter) and her grandfather's, each named by who they are to her.
    expect(verified.body.familyAccounts.map((a) => [a.maskedName, a.relation, a.gender])).toEqual([
      ["周*", "parent", "male"],
      ["周*华", "grandparent", "male"],
    ]);
    expect(JSON.stringify(verified.body)).not.toContain(grandfather.personId);

    const grandfathersRef = verified.body.familyAccounts.find((a) => a.maskedName === "周*华")!.ref;
    const before = await accountBalance(database.db, grandfather.personId);
    const settled = await settleAt(verified.body.settlement.token, grandfathersRef, "family-0001-abc");
    expect(settled.status).toBe(201);
    const paid = Math.round(settled.body.amounts.acct_pay * 100);
    expect(paid).toBeGreaterThan(0);
    expect(settled.body.amounts.acct_mulaid_pay).toBe(settled.body.amounts.acct_pay);
    expect(await accountBalance(database.db, grandfather.personId)).toBe(before - paid);

    // The holder's side: his account entries say for whom.
    const [entry] = await listAccountEntries(database.db, grandfather.personId, 1);
    expect(entry).toMatchObject({ kind: "settlement", amountFen: -paid, beneficiary: { self: false, maskedName: "周*雨", relation: "grandchild" }, settlementId: settled.body.id });
    // The patient's side: her settlement says whose account paid.
    expect(await getSettlement(database.db, child, settled.body.id)).toMatchObject({ paidFromAccountOf: { self: false, maskedName: "周*华", relation: "grandparent" } });
    // His access log: the payment, with amount, place and whom it was for.
    const [logged] = await listAccessLog(database.db, grandfather, now);
    expect(logged).toMatchObject({
      kind: "payment", action: "account.pay", via: "grant",
      actor: { self: false, maskedName: "周*", relation: "child" },
      place: { name: "百家惠大药房（文昌店）" },
      payment: { amountFen: paid, forWhom: { self: false, maskedName: "周*雨", relation: "grandchild" }, reversed: false },
    });
    // The guardians' log of the child has the scan, with the place.
    const motherLog = await listAccessLog(database.db, account("wu-jing"), now);
    expect(motherLog.find((e) => e.kind === "scan")).toMatchObject({ via: "guardian", subject: { own: false, maskedName: "周*雨" }, place: { name: expect.any(String) } });
  });

  test("the same settlement retried with its key is answered once, and logged once", async () => {
    await lendGrandfathersAccount();
    const verified = await scan(daughtersCode());
    const ref = verified.body.familyAccounts.find((a) => a.maskedName === "周*华")!.ref;
    const first = await settleAt(verified.body.settlement.token, ref, "family-0002-abc");
    const again = await settleAt(verified.body.settlement.token, ref, "family-0002-abc");
    expect(again.body.id).toBe(first.body.id);
    expect((await listAccessLog(database.db, grandfather, now)).filter((e) => e.kind === "payment")).toHaveLength(1);
  });

  test("ending the grant between the scan and the settlement refuses the payment; the token stays usable", async () => {
    const grantId = await lendGrandfathersAccount();
    const verified = await scan(daughtersCode());
    const ref = verified.body.familyAccounts.find((a) => a.maskedName === "周*华")!.ref;
    await endGrant(database.db, grandfather, grantId, now);
    const refused = await settleAt(verified.body.settlement.token, ref, "family-0003-abc");
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe("family_account_refused");
    // Her father's own account still may pay.
    const own = verified.body.familyAccounts.find((a) => a.maskedName === "周*")!.ref;
    expect((await settleAt(verified.body.settlement.token, own, "family-0004-abc")).status).toBe(201);
  });

  test("a reference from another scan, or made up, is refused", async () => {
    await lendGrandfathersAccount();
    const first = await scan(daughtersCode());
    const second = await scan(daughtersCode());
    const firstRef = first.body.familyAccounts.find((a) => a.maskedName === "周*华")!.ref;
    for (const ref of [firstRef, "0".repeat(32)]) {
      const refused = await settleAt(second.body.settlement.token, ref, `family-${ref.slice(0, 6)}-xyz`);
      expect(refused.body.error?.code).toBe("family_account_refused");
    }
  });

  test("without his grant, his account is not offered", async () => {
    const verified = await scan(daughtersCode());
    expect(verified.body.familyAccounts.map((a) => a.maskedName)).toEqual(["周*"]);
  });
});

test("the son pays his father's bill from his own account, showing the father's code under a show-code grant", async () => {
  const { id } = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["show_code"] }, now);
  await acceptGrant(database.db, son, id, now);
  const verified = await scan(codeFrom(sonPhone, now, { grantId: id, voucherId: await voucherOf("zhou-gh") }));
  expect(verified.body.familyAccounts.map((a) => [a.maskedName, a.relation])).toEqual([["周*", "child"]]);
  const settled = await settleAt(verified.body.settlement.token, verified.body.familyAccounts[0]!.ref, "family-0005-abc");
  expect(settled.status).toBe(201);
  const [entry] = await listAccountEntries(database.db, son.personId, 1);
  expect(entry).toMatchObject({ kind: "settlement", beneficiary: { self: false, maskedName: "周*华" } });
  expect(await getSettlement(database.db, grandfather.personId, settled.body.id)).toMatchObject({ paidFromAccountOf: { self: false, maskedName: "周*" } });
  // The father's log has the scan of his code, shown from his son's phone, with the place.
  const log = await listAccessLog(database.db, grandfather, now);
  expect(log.find((e) => e.kind === "scan")).toMatchObject({ via: "grant", actor: { maskedName: "周*", relation: "child" }, place: { name: expect.any(String) } });
});

test("before 1 August 2024 a grandparent's account could not pay for a grandchild (国办发〔2021〕14号: spouse, parents, children)", async () => {
  await lendGrandfathersAccount();
  const holders = async (day: string) => (await familyAccountsFor(database.db, son, child, day, now)).map((a) => a.maskedName);
  expect(await holders("2024-07-31")).toEqual(["周*"]);
  expect(await holders("2024-08-01")).toEqual(["周*", "周*华"]);
});

import { isValidElement, type ReactNode } from "react";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { SESSION_COOKIE, ACTING_FOR_COOKIE } from "@/lib/context/cookies";
import { provideDatabase, type Database } from "@/lib/db";
import { openSavedEstimate, openSharedEstimate, SHARE_LINK_DAYS } from "@/lib/estimate";
import { acceptGrant, createGrant } from "@/lib/family";
import { startKioskSession } from "@/lib/kiosk";
import { facilityId, personId } from "@/lib/seed";
import { redirectedTo, request, sessionCookie } from "../helpers/next-request";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";

const { estimateAction, saveEstimateAction, shareEstimateAction } = await import("@/app/(patient)/estimate/actions");
const SharedEstimatePage = (await import("@/app/shared/estimate/[token]/page")).default;
const EntitlementsPage = (await import("@/app/(patient)/entitlements/(overview)/page")).default;
const SavedEstimatePage = (await import("@/app/(patient)/estimate/saved/[id]/page")).default;
const FamilyPage = (await import("@/app/(patient)/family/page")).default;
const SignInPage = (await import("@/app/sign-in/page")).default;
const KioskEntitlementsPage = (await import("@/app/kiosk/entitlements/page")).default;

let database: Database;
const now = SEEDED.november;
const DAY = 24 * 60 * 60 * 1000;

/** SM-1 (明医保函〔2023〕20号) as the Estimate form posts it: fund 225.00, person 775.00. */
const sm1Form = {
  facilityId: facilityId("sm-2nd"), serviceDate: "2023-06-01", accumulatorsMode: "whatif",
  "lines.0.mode": "free", "lines.0.name": "门诊费用（甲类）", "lines.0.class": "A", "lines.0.amount": "1000.00",
};

beforeEach(async () => {
  database = await createTestDatabase("demo-november");
  provideDatabase(database);
});
afterEach(async () => {
  provideDatabase(null);
  await database.close();
});

async function userOf(person: string) {
  const [row] = await queryRows<{ id: string; phone: string }>(database, sql`select id, phone from users where person_id = ${personId(person)}`);
  return { userId: row!.id, personId: personId(person), phone: row!.phone };
}

/** The next request comes from `user`'s browser (acting for `actingFor` when given); none: nobody signed in. */
async function as(user: { userId: string } | null, actingFor?: string): Promise<void> {
  request.set(user ? { [SESSION_COOKIE]: (await sessionCookie(database.db, user.userId)).split("=")[1], [ACTING_FOR_COOKIE]: actingFor } : {});
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** Saves SM-1 for chen through the Estimate screen's actions; the saved estimate's id. */
async function savedSm1(user: { userId: string }, values: Record<string, string> = sm1Form): Promise<string> {
  await as(user);
  try {
    await saveEstimateAction(null, form({ values: JSON.stringify(values) }));
  } catch (error) {
    const to = redirectedTo(error);
    if (to) return to.replace("/estimate/saved/", "");
    throw error;
  }
  throw new Error("saving opens the saved estimate's page");
}

async function share(user: { userId: string }, id: string, intent: "share" | "stop" = "share") {
  await as(user);
  return shareEstimateAction(null, form({ id, intent }));
}

/** Everything a rendered page hands its components, as text (names, figures, words). */
function shown(node: ReactNode): string {
  return JSON.stringify(node, (key, value: unknown) => (key === "type" || key.startsWith("_") || typeof value === "function" ? undefined : value));
}

async function openShared(token: string): Promise<string> {
  request.set({});
  const page = await SharedEstimatePage({ params: Promise.resolve({ token }), searchParams: Promise.resolve({}) });
  expect(isValidElement(page)).toBe(true);
  return shown(page);
}

describe("saved estimates keep what was asked", () => {
  test("the lines, the form's values and the policy version are kept; the account's balance is the one before the bill", async () => {
    const chen = await userOf("chen");
    const id = await savedSm1(chen);
    const saved = await openSavedEstimate(database.db, chen.personId, id, now);
    expect(saved.lines).toEqual([{ name: "门诊费用（甲类）", nameEn: null, code: null, itemClass: "A", quantity: 1, amountFen: 100_000 }]);
    expect(saved.values).toMatchObject(sm1Form);
    expect(saved.figures.policy).toMatchObject({ id: "CN-350400", version: "2022-01-01" });
    expect(saved.context).toMatchObject({ serviceDate: "2023-06-01", visit: "general_outpatient", policyName: { zh: "福建省三明市" }, account: { used: false } });
  });

  test("the balance shown is the real one when the account does not pay (never 0.00), and the one before the bill when it does", async () => {
    const chen = await userOf("chen");
    const [balance] = await queryRows<{ fen: string }>(database, sql`select coalesce(sum(amount_fen), 0) as fen from account_entries where account_person_id = ${chen.personId}`);
    const ledger = { ...sm1Form, accumulatorsMode: "ledger", serviceDate: "2026-11-01" };
    await as(chen);
    const unused = await estimateAction(null, form(ledger));
    if (!unused.ok) throw new Error(unused.formError ?? JSON.stringify(unused.fieldErrors));
    expect(unused.data.context.account).toEqual({ used: false, balanceBeforeFen: Number(balance!.fen) });
    expect(Number(balance!.fen)).toBeGreaterThan(0);
    await as(chen);
    const used = await estimateAction(null, form({ ...ledger, useAccount: "on" }));
    if (!used.ok) throw new Error("estimate failed");
    expect(used.data.context.account).toEqual({ used: true, balanceBeforeFen: Number(balance!.fen) });
    expect(used.data.figures.amounts.balc).toBe(Number(balance!.fen) - used.data.figures.amounts.acct_pay);
  });
});

describe("share links", () => {
  test("a link opens the estimate for anyone holding it, with only the masked name; the table keeps only its hash", async () => {
    const chen = await userOf("chen");
    const id = await savedSm1(chen);
    const made = await share(chen, id);
    if (!made.ok || made.data.kind !== "shared") throw new Error("not shared");
    const token = made.data.url.split("/shared/estimate/")[1]!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // A week from the moment it was made.
    const week = new Date(made.data.expiresAt).getTime() - Date.now();
    expect(week).toBeGreaterThan(SHARE_LINK_DAYS * DAY - 60_000);
    expect(week).toBeLessThanOrEqual(SHARE_LINK_DAYS * DAY);

    const page = await openShared(token);
    expect(page).toContain("陈*国");
    expect(page).toContain("门诊费用（甲类）");
    expect(page).toContain('"psn_part_amt":77500');
    // No personal identifier beyond the masked name: not the full name, the person's id, the phone, the balance.
    expect(page).not.toContain("陈建国");
    expect(page).not.toContain(chen.personId);
    expect(page).not.toContain(chen.phone);
    expect(page).not.toContain("balanceBeforeFen");

    const stored = await queryRows<{ share_token_hash: string; request: unknown }>(database, sql`select share_token_hash, request from saved_estimates where id = ${id}`);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]!.share_token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a link stops opening when it expires, when it is withdrawn, and when a new one replaces it", async () => {
    const chen = await userOf("chen");
    const id = await savedSm1(chen);
    const first = await share(chen, id);
    if (!first.ok || first.data.kind !== "shared") throw new Error("not shared");
    const token = first.data.url.split("/shared/estimate/")[1]!;
    const expires = new Date(first.data.expiresAt).getTime();
    expect(await openSharedEstimate(database.db, token, new Date(expires - 1))).not.toBeNull();
    expect(await openSharedEstimate(database.db, token, new Date(expires))).toBeNull();

    const second = await share(chen, id);
    if (!second.ok || second.data.kind !== "shared") throw new Error("not shared");
    const renewed = second.data.url.split("/shared/estimate/")[1]!;
    expect(await openSharedEstimate(database.db, token, new Date())).toBeNull();
    expect(await openSharedEstimate(database.db, renewed, new Date())).not.toBeNull();

    expect(await share(chen, id, "stop")).toMatchObject({ ok: true, data: { kind: "stopped" } });
    expect(await openSharedEstimate(database.db, renewed, new Date())).toBeNull();
    expect(await openShared(renewed)).toContain("shared-expired");
    expect(await openSharedEstimate(database.db, "not a token", new Date())).toBeNull();
  });

  test("only the person (or a guardian) shares: not a relative who may only estimate, not another account", async () => {
    const grandfather = await userOf("zhou-gh");
    const son = await userOf("zhou-wei");
    const stranger = await userOf("lin");
    const id = await savedSm1(grandfather, { ...sm1Form, facilityId: facilityId("yz-hanjiang") });
    const { id: grant } = await createGrant(database.db, grandfather, { granteePhone: son.phone, scopes: ["estimate"] }, now);
    await acceptGrant(database.db, son, grant, now);

    await as(son, grandfather.personId);
    expect(await shareEstimateAction(null, form({ id, subject: grandfather.personId }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await share(stranger, id)).toMatchObject({ ok: false, code: "estimate_not_found" });
    expect(await share(grandfather, id)).toMatchObject({ ok: true, data: { kind: "shared" } });
  });
});

describe("a kiosk session sees only kiosk screens", () => {
  test("phone screens typed at a kiosk open the kiosk's own screen, which is under the idle sign-out", async () => {
    const chen = await userOf("chen");
    const kiosk = await startKioskSession(database.db, chen.userId, new Date());
    const props = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
    const landing = async (render: () => Promise<ReactNode>) => {
      request.set({ [SESSION_COOKIE]: kiosk.token });
      try {
        await render();
        return "rendered";
      } catch (error) {
        return redirectedTo(error) ?? String(error);
      }
    };
    expect(await landing(() => EntitlementsPage(props()))).toBe("/kiosk/entitlements");
    expect(await landing(() => SavedEstimatePage(props({ id: "00000000-0000-4000-8000-000000000000" })))).toBe("/kiosk/estimate");
    expect(await landing(() => FamilyPage(props()))).toBe("/kiosk");
    expect(await landing(() => SignInPage(props()))).toBe("/kiosk");
    // The kiosk's own screen renders for the session.
    expect(await landing(() => KioskEntitlementsPage(props()))).toBe("rendered");
    // A phone's session is not sent anywhere.
    await as(chen);
    expect(isValidElement(await EntitlementsPage(props()))).toBe(true);
  });
});

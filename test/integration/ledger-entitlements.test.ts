import { benefitRuleText } from "@/lib/i18n";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import * as entitlementsRoute from "@/app/api/v1/me/entitlements/route";
import * as settlementsRoute from "@/app/api/v1/me/settlements/route";
import * as settlementRoute from "@/app/api/v1/me/settlements/[id]/route";
import { chinaDay } from "@/lib/dates";
import { provideDatabase } from "@/lib/db";
import { callRoute, sessionCookie } from "../helpers/next-request";
import { seedId } from "@/lib/seed";
import { getEntitlements } from "@/lib/ledger/entitlements";
import { getSettlement, listSettlements } from "@/lib/ledger/settlements";
import { seedDemoData } from "@/lib/seed";
import { personId } from "@/lib/seed/people";
import { verifyLedger } from "@/lib/ledger";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";

let database: Database;
const today = SEEDED.november;
const DAY = "2026-11-22";
const chen = personId("chen");
const zhouWei = personId("zhou-wei");
const chenUser = { userId: seedId("user:chen"), personId: chen };

beforeEach(async () => {
  database = await createTestDatabase("demo-november");
});
afterEach(async () => database.close());

describe("the demo ledger", () => {
  test("is consistent, and seeding again adds nothing", async () => {
    const before = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from settlements`);
    expect(before[0]!.n).toBeGreaterThanOrEqual(10);
    expect((await verifyLedger(database.db)).ok).toBe(true);
    await seedDemoData(database.db, { today });
    const after = await queryRows<{ n: number; reversed: number; entries: number }>(
      database,
      sql`select count(*)::int as n, count(*) filter (where status = 'reversed')::int as reversed, (select count(*)::int from account_entries) as entries from settlements`,
    );
    expect(after[0]).toMatchObject({ n: before[0]!.n, reversed: 1 });
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });
});

describe("getEntitlements", () => {
  test("shows each bucket's use, cap, deductible and rule under the policy in force", async () => {
    const e = (await getEntitlements(database.db, chen, 2026, DAY, today))!;
    expect(e.policy?.id).toBe("CN-350400");
    const outpatient = e.buckets.find((b) => b.bucket === "general_outpatient")!;
    // Sanming employees: deductible 700, cap 17 000 a year (明医保函〔2023〕20号).
    expect(outpatient).toMatchObject({ capFen: 1_700_000, deductible: { basis: "year", amountFen: 70_000 } });
    expect(outpatient.remainingFen).toBe(1_700_000 - outpatient.usedFen);
    expect(outpatient.deductible.remainingFen).toBe(70_000 - outpatient.deductible.paidFen);
    expect(benefitRuleText(outpatient.rule, "zh-CN")).toContain("每年起付线 700.00 元");
    expect(benefitRuleText(outpatient.rule, "en")).toContain("at most ¥17,000.00 a year");
    expect(outpatient.source).toContain("明医保函〔2023〕20号");
    const diabetes = e.buckets.find((b) => b.bucket === "chronic:diabetes")!;
    expect(diabetes.usedFen).toBeGreaterThan(0);
    expect(e.chronicApprovals).toEqual([
      expect.objectContaining({ disease: "diabetes", daysLeft: 20, endingSoon: true, bucket: "chronic:diabetes", quota: { capFen: diabetes.capFen, usedFen: diabetes.usedFen, remainingFen: diabetes.remainingFen } }),
    ]);
    expect(e.account.hasAccount).toBe(true);
    expect(e.account.recentEntries.map((entry) => entry.kind)).toContain("reversal");
    expect(Date.parse(e.asOf)).toBeLessThanOrEqual(today.getTime());
    expect(JSON.stringify(e)).not.toMatch(/陈建国|350402/);
  });

  test("the balance is the sum of the entries and the latest entries come first", async () => {
    const e = (await getEntitlements(database.db, chen, 2026, DAY, today))!;
    const [row] = await queryRows<{ balance: string }>(database, sql`select sum(amount_fen)::text as balance from account_entries where account_person_id = ${chen}`);
    expect(e.account.balanceFen).toBe(Number(row!.balance));
    const times = e.account.recentEntries.map((entry) => entry.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  test("a relative's bill paid from the account shows a masked name, who they are to the holder, and no place of treatment", async () => {
    const e = (await getEntitlements(database.db, zhouWei, 2026, DAY, today))!;
    const forChild = e.account.recentEntries.find((entry) => entry.kind === "settlement")!;
    expect(forChild.beneficiary).toEqual({ self: false, maskedName: expect.stringContaining("*"), gender: "female", relation: "child" });
    expect(forChild.facility).toBeNull();
  });

  test("residents see critical illness and assistance status; a filed retiree sees the filing", async () => {
    const zhao = (await getEntitlements(database.db, personId("zhao"), 2026, DAY, today))!;
    expect(zhao.account.hasAccount).toBe(false);
    expect(zhao.supplementary.criticalIllness).toMatchObject({ lowIncome: true, capFen: null });
    expect(zhao.supplementary.assistance?.group).toBe("subsistence");
    expect(zhao.supplementary.assistance?.paidFen).toBeGreaterThan(0);
    const wang = (await getEntitlements(database.db, personId("wang"), 2026, DAY, today))!;
    expect(wang.crossRegionFiling).toMatchObject({ kind: "relocated_retiree", placeNameEn: "Sanya, Hainan", validTo: null, endingSoon: false });
    expect(wang.supplementary.largeAmount).not.toBeNull();
  });

  test("an unknown person has no entitlements", async () => {
    expect(await getEntitlements(database.db, "00000000-0000-4000-8000-000000000000", 2026, DAY, today)).toBeNull();
  });
});

describe("settlements", () => {
  test("pages newest first with a cursor and opens each one's full split", async () => {
    const first = await listSettlements(database.db, chen, { limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await listSettlements(database.db, chen, { limit: 2, cursor: first.nextCursor });
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(all.map((s) => s.createdAt)).toEqual([...all.map((s) => s.createdAt)].sort().reverse());
    const detail = (await getSettlement(database.db, chen, first.items[0]!.id))!;
    expect(detail.amounts.medfee_sumamt).toBe(detail.amounts.fund_pay_sumamt + detail.amounts.psn_part_amt);
    expect(detail.steps.length).toBeGreaterThan(2);
    expect(detail.steps.every((step) => step.note.zh.length > 0 && step.note.en.length > 0)).toBe(true);
    expect(detail.summary.en).toMatch(/^Bill/);
    expect(detail.lines.length).toBeGreaterThan(0);
    const reversed = all.find((s) => s.status === "reversed") ?? (await listSettlements(database.db, chen, { limit: 50 })).items.find((s) => s.status === "reversed")!;
    expect((await getSettlement(database.db, chen, reversed.id))!.reversal?.reason).toContain("冲正");
  });

  test("another person's settlement and a bad cursor give nothing away", async () => {
    const { items } = await listSettlements(database.db, chen, { limit: 1 });
    expect(await getSettlement(database.db, zhouWei, items[0]!.id)).toBeNull();
    expect(await getSettlement(database.db, chen, "not-an-id")).toBeNull();
    const page = await listSettlements(database.db, chen, { cursor: "garbage" });
    expect(page.items.length).toBeGreaterThan(0);
  });
});

describe("GET /api/v1/me/…", () => {
  const get = async (path: string, cookie = "", params: Record<string, string> = {}) => {
    provideDatabase(database);
    const handler = path.startsWith("entitlements") ? entitlementsRoute.GET : path.startsWith("settlements/") ? settlementRoute.GET : settlementsRoute.GET;
    return callRoute(handler as Parameters<typeof callRoute>[0], `/api/v1/me/${path}`, { headers: { cookie }, params });
  };
  const chenCookie = () => sessionCookie(database.db, chenUser.userId);
  afterEach(() => provideDatabase(null));

  test("401 JSON when signed out, for every route", async () => {
    for (const response of [await get("entitlements"), await get("settlements"), await get("settlements/x", "", { id: "x" })]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
    }
  });

  test("the signed-in person's own data, privately", async () => {
    const cookie = await chenCookie();
    const response = await get("entitlements", cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = (await response.json()) as { personId: string; year: number };
    expect(body).toMatchObject({ personId: chen, year: Number(chinaDay(new Date()).slice(0, 4)) });
    const list = await get("settlements?limit=1", cookie);
    const page = (await list.json()) as { items: Array<{ id: string }>; nextCursor: string | null };
    expect(page.items).toHaveLength(1);
    const detail = await get(`settlements/${page.items[0]!.id}`, cookie, { id: page.items[0]!.id });
    expect(detail.status).toBe(200);
  });

  test("another person's id is refused, whether or not it exists; another's settlement is 404", async () => {
    const cookie = await chenCookie();
    for (const other of [zhouWei, "00000000-0000-4000-8000-000000000000"]) {
      const response = await get(`entitlements?personId=${other}`, cookie);
      expect(response.status).toBe(403);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
    const theirs = (await listSettlements(database.db, personId("lin"), { limit: 1 })).items[0]!.id;
    const peek = await get(`settlements/${theirs}`, cookie, { id: theirs });
    expect(peek.status).toBe(404);
    expect((await get("settlements?limit=0", cookie)).status).toBe(400);
  });
});

/**
 * Scope × screen: a son holds a grant from his father with exactly one scope, and tries every
 * screen, action and route that reads or uses his father's data — the pages, the server actions,
 * the JSON routes, the code screen's report, a counter's scan of the father's code shown from the
 * son's phone, and a counter's payment from the father's account. Each is allowed with the scope
 * it needs and refused with any other; every allowed use lands in the father's access log (under
 * the screen's own key), and a refused one leaves no entry. docs/authorisation.md shows the table.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createSession } from "@/lib/auth";
import { provideDatabase, type Database } from "@/lib/db";
import { accessLog, people, type GrantScope } from "@/lib/db/schema";
import { saveEstimate } from "@/lib/estimate";
import { acceptGrant, createGrant, endGrant, type AccessLogAction, type PersonAccessScope } from "@/lib/family";
import { settle } from "@/lib/ledger";
import { facilityId, personId, seedDemoData, seedId } from "@/lib/seed";
import { familyAccountRef } from "@/lib/terminal/family-account";
import { action, form, http, page, type Outcome, type Run } from "../helpers/entry-points";
import { openAccount, outpatientBill, yangzhouHanjiang } from "../helpers/ledger-fixtures";
import { TEST_TERMINAL_KEY } from "../helpers/database-fixtures";
import { createTestDatabase } from "../helpers/test-db";
import { codeFrom, setUpTestDevice, verifyRequest, type TestDevice } from "../helpers/voucher-fixtures";


const HomePage = (await import("@/app/(patient)/page")).default;
const EntitlementsPage = (await import("@/app/(patient)/entitlements/(overview)/page")).default;
const SettlementPage = (await import("@/app/(patient)/entitlements/settlements/[id]/page")).default;
const ClinicPage = (await import("@/app/(patient)/clinic/page")).default;
const EstimatePage = (await import("@/app/(patient)/estimate/page")).default;
const SavedEstimatePage = (await import("@/app/(patient)/estimate/saved/[id]/page")).default;
const { estimateAction, saveEstimateAction } = await import("@/app/(patient)/estimate/actions");
const { changeClinicAction } = await import("@/app/(patient)/clinic/actions");
const entitlementsRoute = await import("@/app/api/v1/me/entitlements/route");
const settlementsRoute = await import("@/app/api/v1/me/settlements/route");
const settlementRoute = await import("@/app/api/v1/me/settlements/[id]/route");
const clinicRoute = await import("@/app/api/v1/me/clinic/route");
const voucherShownRoute = await import("@/app/api/v1/me/voucher-shown/route");
const verifyRoute = await import("@/app/api/v1/terminal/vouchers/verify/route");
const settleRoute = await import("@/app/api/v1/terminal/settlements/route");

const now = new Date();
const DAY = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const father = { userId: seedId("user:zhou-gh"), personId: personId("zhou-gh") };
const son = { userId: seedId("user:zhou-wei"), personId: personId("zhou-wei") };
const SCOPES: GrantScope[] = ["view_coverage", "show_code", "estimate", "pay_from_account"];

let database: Database;
let sonSession: string;
let sonPhone: TestDevice;
let settlementId: string;
let savedEstimateId: string;
let fatherVoucherId: string;
/** The grant the son holds while a row runs (its id is what a code shown under it names). */
let grantId = "";

const bill = {
  facilityId: yangzhouHanjiang, serviceDate: DAY, visit: "general_outpatient", crossRegion: "auto", accumulatorsMode: "whatif",
  "lines.0.mode": "free", "lines.0.name": "门诊费用（甲类）", "lines.0.class": "A", "lines.0.amount": "100.00",
};

const noParams = { params: Promise.resolve({}) as Promise<never> };
const terminalPost = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://127.0.0.1${path}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TEST_TERMINAL_KEY}`, ...headers }, body: JSON.stringify(body) });

/** A counter scans the father's code, made on the son's phone under the grant the son holds. */
const counterScan: Run = async () => {
  const code = await codeFrom(sonPhone, new Date(), { grantId, voucherId: fatherVoucherId });
  const response = await verifyRoute.POST(verifyRequest({ code }), noParams);
  if (response.status === 200) return "allow";
  expect(response.status).toBe(403);
  return "refuse";
};

/** The son shows his own code and asks the counter to pay from his father's account (the reference forced if not offered). */
let payments = 0;
const counterPayment: Run = async () => {
  const scanned = await verifyRoute.POST(verifyRequest({ code: await codeFrom(sonPhone, new Date()) }), noParams);
  const { settlement } = (await scanned.json()) as { settlement: { token: string } };
  const body = {
    settlementToken: settlement.token, visit: { kind: "pharmacy" }, useAccount: true,
    lines: [{ name: "布洛芬缓释胶囊", class: "B", amount: "30.00" }],
    familyAccount: familyAccountRef(settlement.token, father.personId),
  };
  const response = await settleRoute.POST(terminalPost("/api/v1/terminal/settlements", body, { "idempotency-key": `scope-matrix-${++payments}` }), noParams);
  if (response.status === 201) return "allow";
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("family_account_refused");
  return "refuse";
};

interface Screen {
  screen: string;
  scope: PersonAccessScope;
  /** The access log's key an allowed use is recorded under. */
  logs: AccessLogAction;
  run: Run;
}

const screens: Screen[] = [
  { screen: "/ (home)", scope: "view_coverage", logs: "home.coverage", run: page(HomePage) },
  { screen: "/entitlements", scope: "view_coverage", logs: "entitlements", run: page(EntitlementsPage) },
  { screen: "/entitlements/settlements/[id]", scope: "view_coverage", logs: "entitlements.settlement", run: page(SettlementPage, () => ({ id: settlementId }), () => settlementId) },
  { screen: "/clinic", scope: "view_coverage", logs: "clinic", run: page(ClinicPage) },
  { screen: "GET /api/v1/me/entitlements", scope: "view_coverage", logs: "entitlements", run: http(entitlementsRoute.GET, () => "/api/v1/me/entitlements") },
  { screen: "GET /api/v1/me/settlements", scope: "view_coverage", logs: "entitlements.settlements", run: http(settlementsRoute.GET, () => "/api/v1/me/settlements") },
  { screen: "GET /api/v1/me/settlements/[id]", scope: "view_coverage", logs: "entitlements.settlement", run: http(settlementRoute.GET, () => `/api/v1/me/settlements/${settlementId}`, () => ({ id: settlementId })) },
  { screen: "GET /api/v1/me/clinic", scope: "view_coverage", logs: "clinic", run: http(clinicRoute.GET, () => "/api/v1/me/clinic") },
  { screen: "/voucher: the code screen's report", scope: "show_code", logs: "voucher.shown", run: http(voucherShownRoute.POST, () => "/api/v1/me/voucher-shown", () => ({}), "POST") },
  { screen: "counter: scan of the code shown on the son's phone", scope: "show_code", logs: "voucher.scan", run: counterScan },
  { screen: "/estimate", scope: "estimate", logs: "estimate.form", run: page(EstimatePage) },
  { screen: "/estimate/saved/[id]", scope: "estimate", logs: "estimate.saved", run: page(SavedEstimatePage, () => ({ id: savedEstimateId }), () => "CN-321000") },
  { screen: "estimateAction", scope: "estimate", logs: "estimate.run", run: action(() => estimateAction(null, form(bill))) },
  { screen: "saveEstimateAction", scope: "estimate", logs: "estimate.save", run: action(() => saveEstimateAction(null, form({ values: JSON.stringify(bill) }))) },
  { screen: "counter: payment from the father's account", scope: "pay_from_account", logs: "account.pay", run: counterPayment },
  { screen: "changeClinicAction", scope: "manage_own", logs: "clinic.change", run: action(() => changeClinicAction(null, form({ facilityId: facilityId("yz-jiangyang"), confirmed: "yes" }))) },
];

beforeAll(async () => {
  database = await createTestDatabase();
  provideDatabase(database);
  await seedDemoData(database.db, { today: now, terminalKey: TEST_TERMINAL_KEY });
  await openAccount(database.db, father.personId, 1_000_000, new Date(now.getTime() - 86_400_000));
  sonSession = (await createSession(database.db, son.userId, now)).token;
  sonPhone = await setUpTestDevice(database, "zhou-wei", now);
  settlementId = (await settle(database.db, outpatientBill("scope-matrix", 5_000, { personId: father.personId, facilityId: yangzhouHanjiang, serviceDate: DAY, now }))).settlement.id;
  savedEstimateId = await saveEstimate(database.db, father.personId, father.userId, bill, now);
  const [row] = await database.db.select({ voucherId: people.voucherId }).from(people).where(eq(people.id, father.personId));
  fatherVoucherId = row!.voucherId;
});
afterAll(async () => {
  provideDatabase(null);
  await database.close();
});

async function logged(key: AccessLogAction): Promise<number> {
  const [row] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(accessLog)
    .where(sql`${accessLog.subjectPersonId} = ${father.personId} and ${accessLog.action} = ${key}`);
  return row!.n;
}

const results: Record<string, Record<string, Outcome>> = {};

describe.each(screens)("$screen", ({ screen, scope, logs, run }) => {
  test.each(SCOPES)("with a grant of only %s", async (granted) => {
    ({ id: grantId } = await createGrant(database.db, father, { granteePhone: "13800000006", scopes: [granted] }, now));
    await acceptGrant(database.db, son, grantId, now);
    try {
      const before = await logged(logs);
      const outcome = await run({ session: sonSession, target: father.personId, actingFor: father.personId });
      (results[screen] ??= {})[granted] = outcome;
      // Shown (or done) with the scope it needs, refused with any other; manage_own is never granted.
      expect(outcome).toBe(granted === scope ? "allow" : "refuse");
      // Every allowed use is in the father's log under the screen's key; a refusal leaves none.
      expect((await logged(logs)) - before).toBe(outcome === "allow" ? 1 : 0);
    } finally {
      await endGrant(database.db, father, grantId, now);
    }
  });
});

test("the table covers every screen and scope", () => {
  expect(Object.keys(results)).toHaveLength(screens.length);
  for (const row of Object.values(results)) expect(Object.keys(row)).toHaveLength(SCOPES.length);
  // One line per screen, to copy into docs/authorisation.md.
  const lines = screens.map(({ screen, scope }) => `| ${screen} | ${scope} | ${SCOPES.map((s) => (results[screen]?.[s] === "allow" ? "shown" : "refused")).join(" | ")} |`);
  expect(lines).toHaveLength(screens.length);
});

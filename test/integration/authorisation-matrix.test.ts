/**
 * The authorisation matrix: every personal-data page, server action and API route of the app,
 * driven through its real entry point — the page component, the server action, the route
 * handler — against every kind of caller. Only the framework's input is supplied here (the
 * request's cookies and headers, as Next.js would hand them over); the request context, the
 * gate, the access log and the data are the real code on a real database. docs/authorisation.md
 * shows this table; change both together.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSession } from "@/lib/auth";
import { provideDatabase, type Database } from "@/lib/db";
import type { GrantScope } from "@/lib/db/schema";
import { saveEstimate } from "@/lib/estimate";
import { acceptGrant, createGrant, endGrant, type PersonAccessScope } from "@/lib/family";
import { settle } from "@/lib/ledger";
import { facilityId, personId, seedDemoData, seedId } from "@/lib/seed";
import { outpatientBill, yangzhouHanjiang } from "../helpers/ledger-fixtures";
import { action, form, http, page, type Outcome, type Run } from "../helpers/entry-points";
import { createTestDatabase } from "../helpers/test-db";


const HomePage = (await import("@/app/(patient)/page")).default;
const EntitlementsPage = (await import("@/app/(patient)/entitlements/(overview)/page")).default;
const SettlementPage = (await import("@/app/(patient)/entitlements/settlements/[id]/page")).default;
const ClinicPage = (await import("@/app/(patient)/clinic/page")).default;
const EstimatePage = (await import("@/app/(patient)/estimate/page")).default;
const SavedEstimatePage = (await import("@/app/(patient)/estimate/saved/[id]/page")).default;
const { estimateAction, saveEstimateAction, shareEstimateAction } = await import("@/app/(patient)/estimate/actions");
const { changeClinicAction } = await import("@/app/(patient)/clinic/actions");
const entitlementsRoute = await import("@/app/api/v1/me/entitlements/route");
const settlementsRoute = await import("@/app/api/v1/me/settlements/route");
const settlementRoute = await import("@/app/api/v1/me/settlements/[id]/route");
const clinicRoute = await import("@/app/api/v1/me/clinic/route");
const voucherShownRoute = await import("@/app/api/v1/me/voucher-shown/route");

// Each target's settlement and saved estimate, so the pages about one record have one to open.
const settlementOf: Record<string, string> = {};
const savedEstimateOf: Record<string, string> = {};
const now = new Date();
const DAY = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const bill = {
  facilityId: yangzhouHanjiang, serviceDate: DAY, visit: "general_outpatient", crossRegion: "auto", accumulatorsMode: "whatif",
  "lines.0.mode": "free", "lines.0.name": "门诊费用（甲类）", "lines.0.class": "A", "lines.0.amount": "100.00",
};

const routes: { route: string; kind: "page" | "action" | "api"; scope: PersonAccessScope; run: Run }[] = [
  { route: "/ (home: card, coverage)", kind: "page", scope: "view_coverage", run: page(HomePage) },
  { route: "/entitlements", kind: "page", scope: "view_coverage", run: page(EntitlementsPage) },
  { route: "/entitlements/settlements/[id]", kind: "page", scope: "view_coverage", run: page(SettlementPage, (p) => ({ id: settlementOf[p]! }), (p) => settlementOf[p]!) },
  { route: "/clinic", kind: "page", scope: "view_coverage", run: page(ClinicPage) },
  { route: "/estimate", kind: "page", scope: "estimate", run: page(EstimatePage) },
  { route: "/estimate/saved/[id]", kind: "page", scope: "estimate", run: page(SavedEstimatePage, (p) => ({ id: savedEstimateOf[p]! }), () => "CN-321000") },
  { route: "estimateAction", kind: "action", scope: "estimate", run: action(() => estimateAction(null, form(bill))) },
  { route: "saveEstimateAction", kind: "action", scope: "estimate", run: action(() => saveEstimateAction(null, form({ values: JSON.stringify(bill) }))) },
  { route: "shareEstimateAction", kind: "action", scope: "manage_own", run: action((p) => shareEstimateAction(null, form({ id: savedEstimateOf[p]! }))) },
  { route: "changeClinicAction", kind: "action", scope: "manage_own", run: action(() => changeClinicAction(null, form({ facilityId: facilityId("yz-jiangyang"), confirmed: "yes" }))) },
  { route: "GET /api/v1/me/entitlements", kind: "api", scope: "view_coverage", run: http(entitlementsRoute.GET, () => "/api/v1/me/entitlements") },
  { route: "GET /api/v1/me/settlements", kind: "api", scope: "view_coverage", run: http(settlementsRoute.GET, () => "/api/v1/me/settlements") },
  { route: "GET /api/v1/me/settlements/[id]", kind: "api", scope: "view_coverage", run: http(settlementRoute.GET, (p) => `/api/v1/me/settlements/${settlementOf[p]}`, (p) => ({ id: settlementOf[p]! })) },
  { route: "GET /api/v1/me/clinic", kind: "api", scope: "view_coverage", run: http(clinicRoute.GET, () => "/api/v1/me/clinic") },
  { route: "POST /api/v1/me/voucher-shown", kind: "api", scope: "show_code", run: http(voucherShownRoute.POST, () => "/api/v1/me/voucher-shown", () => ({}), "POST") },
];


const cases = ["signed out", "own", "another person's id", "grantee without the scope", "grantee with the scope", "after the grant ended", "guardian of a dependant"] as const;
type Case = (typeof cases)[number];

/** What each case must give: manage_own is never delegated by a grant; everything else follows the grant. */
function expected(scope: PersonAccessScope, c: Case): Outcome {
  if (c === "own" || c === "guardian of a dependant") return "allow";
  if (c === "grantee with the scope") return scope === "manage_own" ? "refuse" : "allow";
  return "refuse";
}

let database: Database;
const account = (key: string) => ({ userId: seedId(`user:${key}`), personId: personId(key) });
const grandfather = account("zhou-gh");
const son = account("zhou-wei");
const stranger = account("chen");
const sessions: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  provideDatabase(database);
  await seedDemoData(database.db, { today: now });
  for (const [key, who] of Object.entries({ grandfather, son, stranger })) sessions[key] = (await createSession(database.db, who.userId, now)).token;
  for (const target of [grandfather.personId, personId("zhou-yu")]) {
    const one = outpatientBill(`matrix-${target}`, 5_000, { personId: target, facilityId: yangzhouHanjiang, serviceDate: DAY, now });
    settlementOf[target] = (await settle(database.db, one)).settlement.id;
    savedEstimateOf[target] = await saveEstimate(database.db, target, grandfather.userId, bill, now);
  }
});
afterAll(async () => {
  provideDatabase(null);
  await database.close();
});

/** A fresh grant from the grandfather to the son with `scopes`, accepted; ended when asked. */
async function grantToSon(scopes: GrantScope[], end: boolean): Promise<() => Promise<void>> {
  const { id } = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes }, now);
  await acceptGrant(database.db, son, id, now);
  if (end) await endGrant(database.db, grandfather, id, now);
  return async () => {
    if (!end) await endGrant(database.db, grandfather, id, now);
  };
}

const results: Record<string, Record<string, Outcome>> = {};

describe.each(routes)("$route", ({ route, scope, run }) => {
  test.each(cases)("%s", async (c) => {
    const target = grandfather.personId;
    let outcome: Outcome;
    if (c === "signed out") outcome = await run({ session: undefined, target, actingFor: target });
    else if (c === "own") outcome = await run({ session: sessions.grandfather, target, actingFor: undefined });
    else if (c === "another person's id") outcome = await run({ session: sessions.stranger, target, actingFor: target });
    else if (c === "guardian of a dependant") outcome = await run({ session: sessions.son, target: personId("zhou-yu"), actingFor: personId("zhou-yu") });
    else {
      const otherScope: GrantScope = scope === "view_coverage" ? "show_code" : "view_coverage";
      const allScopes: GrantScope[] = ["view_coverage", "show_code", "estimate", "pay_from_account"];
      const scopes: GrantScope[] = c === "grantee without the scope" ? [otherScope] : scope === "manage_own" ? allScopes : [scope as GrantScope];
      const cleanUp = await grantToSon(scopes, c === "after the grant ended");
      try {
        outcome = await run({ session: sessions.son, target, actingFor: target });
      } finally {
        await cleanUp();
      }
    }
    (results[route] ??= {})[c] = outcome;
    expect(outcome).toBe(expected(scope, c));
  });
});

test("the matrix covers every route and case", () => {
  expect(Object.keys(results)).toHaveLength(routes.length);
  for (const row of Object.values(results)) expect(Object.keys(row)).toHaveLength(cases.length);
});

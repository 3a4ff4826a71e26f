/**
 * The authorisation matrix: every personal-data page, server action and API in the app, against
 * every kind of caller. Each route is driven through the same lib/ calls it makes (for the
 * /api/v1/me handlers, through the HTTP-level handler with a real Request). docs/authorisation.md
 * shows this table; change both together.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authorisePersonAccess, type AccessingUser, type PersonAccessScope } from "@/lib/family/access";
import type { SessionUser } from "@/lib/auth/sessions";
import { handleGetEntitlements, handleGetSettlement, handleListSettlements } from "@/lib/api/me-ledger";
import { getClinicOverview } from "@/lib/clinic/queries";
import { getEstimateFormOptions } from "@/lib/estimate/form-options";
import { getHomeCoverage } from "@/lib/people/home-coverage";
import { getPersonSummary } from "@/lib/people/person-summary";
import { getSettlement } from "@/lib/ledger/settlements";
import { settle } from "@/lib/ledger";
import { getEntitlements } from "@/lib/ledger/entitlements";
import type { Database, Db } from "@/lib/db/open";
import type { GrantScope } from "@/lib/db/schema";
import { seedDemoData } from "@/lib/seed";
import { personId } from "@/lib/seed/people";
import { seedId } from "@/lib/seed/seed-id";
import { isDomainError } from "@/lib/errors/domain-error";
import { acceptGrant, createGrant, endGrant } from "@/lib/family/grant-changes";
import { authoriseFamilyAccount } from "@/lib/ledger/family-account";
import { createTestDatabase } from "../helpers/test-db";
import { outpatientBill, yangzhouHanjiang } from "../helpers/ledger-fixtures";

const now = new Date("2026-03-01T02:00:00Z");
const DAY = "2026-03-01";
type Outcome = "allow" | "refuse";
type Run = (db: Db, user: SessionUser | null, target: string) => Promise<Outcome>;

/** A page or action: authorise, then read (or write) through lib/. */
function guarded(scope: PersonAccessScope, read: (db: Db, target: string) => Promise<unknown>): Run {
  return async (db, user, target) => {
    try {
      await authorisePersonAccess(db, user as AccessingUser | null, target, scope, { now });
      await read(db, target);
      return "allow";
    } catch (error) {
      if (isDomainError(error) && (error.status === 401 || error.status === 403)) return "refuse";
      throw error;
    }
  };
}

/** An API handler: 2xx is allowed, 401/403/404 is refused (a stranger's id reads as not found). */
function http(handler: (req: Request, db: Db, user: SessionUser | null) => Promise<Response>, path: string): Run {
  return async (db, user, target) => {
    const response = await handler(new Request(`http://local${path}?personId=${target}`), db, user);
    if (response.ok) return "allow";
    expect([401, 403, 404]).toContain(response.status);
    return "refuse";
  };
}

// A settlement of each target's, so the detail routes have something to read.
const settlementOf: Record<string, string> = {};

const routes: { route: string; kind: "page" | "action" | "api"; scope: PersonAccessScope; run: Run }[] = [
  { route: "/?for=[personId] (home: card, coverage)", kind: "page", scope: "view_coverage", run: guarded("view_coverage", async (db, p) => { await getPersonSummary(db, p, DAY); await getHomeCoverage(db, p, now); }) },
  { route: "/entitlements", kind: "page", scope: "view_coverage", run: guarded("view_coverage", (db, p) => getEntitlements(db, p, 2026, DAY, now)) },
  { route: "/entitlements/settlements/[id]", kind: "page", scope: "view_coverage", run: guarded("view_coverage", (db, p) => getSettlement(db, p, settlementOf[p]!)) },
  { route: "/clinic", kind: "page", scope: "view_coverage", run: guarded("view_coverage", (db, p) => getClinicOverview(db, p, now)) },
  { route: "/estimate, estimateAction, saveEstimateAction, /estimate/saved/[id]", kind: "page", scope: "estimate", run: guarded("estimate", (db, p) => getEstimateFormOptions(db, p, DAY)) },
  { route: "changeClinicAction", kind: "action", scope: "manage_own", run: guarded("manage_own", async () => undefined) },
  { route: "family account payment (settle)", kind: "action", scope: "pay_from_account", run: async (db, user, target) => {
    try {
      // The caller's own bill, paid from the target's personal account.
      await authoriseFamilyAccount(db, user, user?.personId ?? target, target, now);
      return "allow";
    } catch (error) {
      if (isDomainError(error) && (error.status === 401 || error.status === 403)) return "refuse";
      throw error;
    }
  } },
  { route: "GET /api/v1/me/entitlements", kind: "api", scope: "view_coverage", run: http((r, db, u) => handleGetEntitlements(r, db, u, now), "/api/v1/me/entitlements") },
  { route: "GET /api/v1/me/settlements", kind: "api", scope: "view_coverage", run: http(handleListSettlements, "/api/v1/me/settlements") },
  { route: "GET /api/v1/me/settlements/[id]", kind: "api", scope: "view_coverage", run: async (db, user, target) => {
    const response = await handleGetSettlement(new Request(`http://local/x?personId=${target}`), db, user, settlementOf[target]!);
    return response.ok ? "allow" : "refuse";
  } },
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
const sessionOf = (key: string): SessionUser => ({ sessionId: seedId(`session:${key}`), userId: seedId(`user:${key}`), personId: personId(key), phone: "" });
const grandfather = sessionOf("zhou-gh");
const son = sessionOf("zhou-wei");
const stranger = sessionOf("chen");

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db, { today: now });
  for (const target of [grandfather.personId!, personId("zhou-yu")]) {
    const bill = outpatientBill(`matrix-${target}`, 5_000, { personId: target, facilityId: yangzhouHanjiang, serviceDate: DAY, now });
    settlementOf[target] = (await settle(database.db, bill)).settlement.id;
  }
});
afterAll(async () => database.close());

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
    const target = grandfather.personId!;
    let outcome: Outcome;
    if (c === "signed out") outcome = await run(database.db, null, target);
    else if (c === "own") outcome = await run(database.db, grandfather, target);
    else if (c === "another person's id") outcome = await run(database.db, stranger, target);
    else if (c === "guardian of a dependant") outcome = await run(database.db, son, personId("zhou-yu"));
    else {
      const otherScope: GrantScope = scope === "view_coverage" ? "show_code" : "view_coverage";
      const allScopes: GrantScope[] = ["view_coverage", "show_code", "estimate", "pay_from_account"];
      const scopes: GrantScope[] = c === "grantee without the scope" ? [otherScope] : scope === "manage_own" ? allScopes : [scope];
      const cleanUp = await grantToSon(scopes, c === "after the grant ended");
      outcome = await run(database.db, son, target);
      await cleanUp();
    }
    (results[route] ??= {})[c] = outcome;
    expect(outcome).toBe(expected(scope, c));
  });
});

test("the matrix covers every route and case", () => {
  expect(Object.keys(results)).toHaveLength(routes.length);
  for (const row of Object.values(results)) expect(Object.keys(row)).toHaveLength(cases.length);
});

import { afterEach, beforeEach, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import { authorisePersonAccess } from "@/lib/family/access";
import { listAccessLog } from "@/lib/family/access-log";
import { listGrants, listShowCodeGrants } from "@/lib/family/grants";
import type { Database } from "@/lib/db/open";
import { personId } from "@/lib/seed/people";
import { seedId } from "@/lib/seed/seed-id";
import { listActingFor } from "@/lib/family/acting-for";
import { acceptGrant, createGrant, endGrant } from "@/lib/family/grant-changes";
import { GET as getGrants } from "@/app/api/v1/me/grants/route";
import { provideDatabase } from "@/lib/db";
import { callRoute, sessionCookie } from "../helpers/next-request";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";

const now = SEEDED.march;
const later = new Date(now.getTime() + 60_000);
let database: Database;

const account = (key: string) => ({ userId: seedId(`user:${key}`), personId: personId(key) });
const grandfather = account("zhou-gh");
const son = account("zhou-wei");
const mother = account("wu-jing");
const stranger = account("chen");

beforeEach(async () => {
  database = await createTestDatabase("demo-march");
});
afterEach(async () => {
  provideDatabase(null);
  await database.close();
});

test("a grant is pending until accepted, then works, and is refused the instant it ends", async () => {
  const { id } = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["view_coverage"] }, now);
  await expect(authorisePersonAccess(database.db, son, grandfather.personId, "view_coverage", { now })).rejects.toMatchObject({ code: "forbidden" });
  await expect(acceptGrant(database.db, stranger, id, now)).rejects.toMatchObject({ code: "grant_not_found" });
  await acceptGrant(database.db, son, id, now);
  const access = await authorisePersonAccess(database.db, son, grandfather.personId, "view_coverage", { now, action: "home.coverage" });
  expect(access).toEqual({ personId: grandfather.personId, via: "grant", grantId: id, scopes: ["view_coverage"] });
  await expect(authorisePersonAccess(database.db, son, grandfather.personId, "show_code", { now })).rejects.toMatchObject({ code: "forbidden" });

  await endGrant(database.db, son, id, later);
  await expect(authorisePersonAccess(database.db, son, grandfather.personId, "view_coverage", { now: later })).rejects.toMatchObject({ code: "forbidden" });
  const { given } = await listGrants(database.db, grandfather, later);
  expect(given).toMatchObject([{ id, status: "ended", endedBy: "them", other: { maskedName: "周*", maskedPhone: "138****0006", relation: "child" }, scopes: ["view_coverage"] }]);
});

test("every access under a grant is logged, and the grantor reads the log", async () => {
  const { id } = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["view_coverage", "estimate"] }, now);
  await acceptGrant(database.db, son, id, now);
  await authorisePersonAccess(database.db, son, grandfather.personId, "view_coverage", { now, action: "home.coverage" });
  await authorisePersonAccess(database.db, son, grandfather.personId, "estimate", { now: later, action: "estimate.run" });
  const log = await listAccessLog(database.db, grandfather, later);
  const son_ = { self: false, maskedName: "周*", maskedPhone: "138****0006", gender: "male", relation: "child" };
  expect(log).toMatchObject([
    { actor: son_, subject: { own: true }, via: "grant", kind: "estimate", action: "estimate.run", count: 1, place: null, payment: null },
    { actor: son_, subject: { own: true }, via: "grant", kind: "coverage", action: "home.coverage", count: 1 },
  ]);
  // The grantee does not see the grantor's log, and own access is not logged.
  expect(await listAccessLog(database.db, son, later)).toEqual([]);
  await authorisePersonAccess(database.db, grandfather, grandfather.personId, "view_coverage", { now });
  const [row] = await queryRows<{ n: number }>(database, sql`select count(*)::int as n from access_log`);
  expect(row!.n).toBe(2);
});

test("an end date is the last day the grant can be used", async () => {
  const { id } = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["view_coverage"], validUntil: "2026-03-02" }, now);
  await acceptGrant(database.db, son, id, now);
  await authorisePersonAccess(database.db, son, grandfather.personId, "view_coverage", { now: new Date("2026-03-02T15:59:00Z") });
  await expect(
    authorisePersonAccess(database.db, son, grandfather.personId, "view_coverage", { now: new Date("2026-03-02T16:00:01Z") }),
  ).rejects.toMatchObject({ code: "forbidden" });
  await expect(createGrant(database.db, grandfather, { granteePhone: "13800000007", scopes: ["view_coverage"], validUntil: "2026-02-28" }, now)).rejects.toMatchObject({ code: "valid_until_past" });
});

test("pay from my personal account: only an employee's, only to a close relative as the registry records them", async () => {
  // The grandfather (retired employee) lets his son draw on his personal account.
  await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["pay_from_account"] }, now);
  // wu-jing is the daughter-in-law: a family member, but not a close relative for 家庭共济 …
  await expect(createGrant(database.db, grandfather, { granteePhone: "13800000007", scopes: ["pay_from_account"], relation: "other" }, now)).rejects.toMatchObject({ code: "mutual_aid_not_relative" });
  // … and saying she is his daughter does not make her one: the stated relation must be the registered one.
  await expect(createGrant(database.db, grandfather, { granteePhone: "13800000007", scopes: ["pay_from_account"], relation: "child" }, now)).rejects.toMatchObject({ code: "mutual_aid_not_relative" });
  // zhao is a resident: no personal account to share.
  await expect(createGrant(database.db, account("zhao"), { granteePhone: "13800000001", scopes: ["pay_from_account"], relation: "sibling" }, now)).rejects.toMatchObject({ code: "mutual_aid_not_employee" });
});

test("a grant records who the family member is: as stated, or else as registered; with neither it is refused", async () => {
  const stated = await createGrant(database.db, grandfather, { granteePhone: "13800000007", scopes: ["view_coverage"], relation: "other" }, now);
  const registered = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["view_coverage"] }, later);
  await expect(createGrant(database.db, stranger, { granteePhone: "13800000009", scopes: ["view_coverage"] }, now)).rejects.toMatchObject({ code: "relation_required" });
  // Each side reads it from where they stand (newest first): the son is the grandfather's son; the grandfather is the son's father.
  const { given } = await listGrants(database.db, grandfather, later);
  expect(given.map((g) => [g.id, g.other.relation, g.other.maskedName])).toEqual([
    [registered.id, "child", "周*"],
    [stated.id, "other", "吴*"],
  ]);
  const { received } = await listGrants(database.db, son, later);
  expect(received).toMatchObject([{ id: registered.id, status: "pending", other: { maskedName: "周*华", gender: "male", relation: "parent", maskedPhone: null } }]);
});

test("grant creation refuses an unknown phone, one's own account and a second open grant", async () => {
  await expect(createGrant(database.db, son, { granteePhone: "13900000000", scopes: ["view_coverage"] }, now)).rejects.toMatchObject({ code: "grantee_not_found" });
  await expect(createGrant(database.db, son, { granteePhone: "13800000006", scopes: ["view_coverage"] }, now)).rejects.toMatchObject({ code: "grant_to_self" });
  await createGrant(database.db, son, { granteePhone: "13800000007", scopes: ["view_coverage"] }, now);
  await expect(createGrant(database.db, son, { granteePhone: "13800000007", scopes: ["show_code"] }, now)).rejects.toMatchObject({ code: "grant_exists" });
});

test("either party ends a grant; nobody else can, and an id cannot be probed", async () => {
  const { id } = await createGrant(database.db, son, { granteePhone: "13800000007", scopes: ["view_coverage"] }, now);
  await expect(endGrant(database.db, stranger, id, now)).rejects.toMatchObject({ code: "grant_not_found" });
  await expect(endGrant(database.db, stranger, seedId("no-such-grant"), now)).rejects.toMatchObject({ code: "grant_not_found" });
  await endGrant(database.db, son, id, now);
  await expect(endGrant(database.db, mother, id, later)).rejects.toMatchObject({ code: "grant_ended" });
  await expect(acceptGrant(database.db, mother, id, later)).rejects.toMatchObject({ code: "grant_not_pending" });
});

test("guardians act for their dependant child without a grant; others cannot", async () => {
  const child = personId("zhou-yu");
  for (const guardian of [son, mother]) {
    expect(await authorisePersonAccess(database.db, guardian, child, "show_code", { now })).toMatchObject({ via: "guardian" });
    expect(await authorisePersonAccess(database.db, guardian, child, "manage_own", { now })).toMatchObject({ via: "guardian" });
  }
  await expect(authorisePersonAccess(database.db, grandfather, child, "view_coverage", { now })).rejects.toMatchObject({ code: "forbidden" });
  // On her 16th birthday (2033-06-18) the guardianship lapses by itself.
  await expect(authorisePersonAccess(database.db, son, child, "view_coverage", { now: new Date("2033-06-18T04:00:00Z") })).rejects.toMatchObject({ code: "forbidden" });
  expect((await listActingFor(database.db, son, now)).map((o) => o.via)).toEqual(["self", "guardian"]);
  // Each parent sees what was done for the child: the father's uses, and their own (as "you").
  const log = await listAccessLog(database.db, mother, now);
  expect(log.reduce((n, entry) => n + entry.count, 0)).toBe(4);
  expect(log.map((entry) => [entry.actor.self, entry.subject])).toContainEqual([false, { own: false, maskedName: "周*雨", gender: "female", relation: "child" }]);
  expect(log.some((entry) => entry.actor.self)).toBe(true);
});

test("the switcher lists self, dependants and accepted grants with view_coverage only", async () => {
  const a = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["view_coverage"] }, now);
  const b = await createGrant(database.db, mother, { granteePhone: "13800000006", scopes: ["show_code"] }, now);
  await acceptGrant(database.db, son, b.id, now);
  expect((await listActingFor(database.db, son, now)).map((o) => o.maskedName)).toEqual(["周*", "周*雨"]);
  await acceptGrant(database.db, son, a.id, now);
  expect((await listActingFor(database.db, son, now)).map((o) => [o.maskedName, o.via, o.relation])).toEqual([["周*", "self", null], ["周*雨", "guardian", "child"], ["周*华", "grant", "parent"]]);
});

test("GET /api/v1/me/grants lists grants given and received, only to the signed-in account", async () => {
  const { id } = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["view_coverage", "show_code"] }, now);
  provideDatabase(database);
  expect((await callRoute(getGrants, "/api/v1/me/grants")).status).toBe(401);
  const response = await callRoute(getGrants, "/api/v1/me/grants", { headers: { cookie: await sessionCookie(database.db, son.userId) } });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  const body = (await response.json()) as { given: unknown[]; received: { id: string; status: string; other: { maskedName: string; relation: string } }[] };
  expect(body.given).toEqual([]);
  expect(body.received).toMatchObject([{ id, status: "pending", other: { maskedName: "周*华", relation: "parent" } }]);
  const strangerBody = (await (await callRoute(getGrants, "/api/v1/me/grants", { headers: { cookie: await sessionCookie(database.db, stranger.userId) } })).json()) as { given: unknown[]; received: unknown[] };
  expect(strangerBody).toEqual({ given: [], received: [] });
});

test("the code screen may list only accepted, current show_code grants", async () => {
  const { id } = await createGrant(database.db, grandfather, { granteePhone: "13800000006", scopes: ["show_code"] }, now);
  expect(await listShowCodeGrants(database.db, son.userId, now)).toEqual([]);
  await acceptGrant(database.db, son, id, now);
  expect(await listShowCodeGrants(database.db, son.userId, now)).toMatchObject([{ grantId: id, maskedName: "周*华" }]);
  await endGrant(database.db, son, id, later);
  expect(await listShowCodeGrants(database.db, son.userId, later)).toEqual([]);
});

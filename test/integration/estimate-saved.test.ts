import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/open";
import { facilityId } from "@/lib/db/seed/facilities";
import { personId } from "@/lib/db/seed/people";
import { handleEstimatePost } from "@/lib/estimate/api";
import { runEstimateForm } from "@/lib/estimate/run-estimate";
import { openSavedEstimate, saveEstimateForUser } from "@/lib/estimate/saved";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";
import sm1 from "../fixtures/estimates/sm-1.json";

let database: Database;
const now = SEEDED.november;

beforeEach(async () => {
  database = await createTestDatabase("demo-november");
});
afterEach(async () => database.close());

async function userOf(person: string) {
  const [row] = await queryRows<{ id: string }>(database, sql`select id from users where person_id = ${personId(person)}`);
  return { userId: row!.id, personId: personId(person) };
}

describe("saved estimates", () => {
  test("saved for the person, opened by them, and not by anyone else", async () => {
    const chen = await userOf("chen");
    const state = await runEstimateForm(database.db, chen, {
      facilityId: facilityId("sm-2nd"), serviceDate: "2023-06-01", accumulatorsMode: "whatif",
      "lines.0.mode": "free", "lines.0.name": "门诊费用（甲类）", "lines.0.class": "A", "lines.0.amount": "1000.00",
    }, { now, locale: "zh-CN" });
    if (!state.ok) throw new Error("estimate failed");
    const id = await saveEstimateForUser(database.db, chen, { personId: chen.personId, request: JSON.stringify(state.data.request), context: JSON.stringify(state.data.context) });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const saved = await openSavedEstimate(database.db, chen, id);
    expect(saved.response.psn_part_amt).toBe(775);
    expect(saved.context?.facility?.level).toBe(2);
    const [row] = await queryRows<{ created_by_user_id: string; person_id: string }>(database, sql`select created_by_user_id, person_id from saved_estimates where id = ${id}`);
    expect(row).toEqual({ created_by_user_id: chen.userId, person_id: chen.personId });

    const lin = await userOf("lin");
    await expect(openSavedEstimate(database.db, lin, id)).rejects.toMatchObject({ status: 404 });
    await expect(openSavedEstimate(database.db, chen, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ status: 404 });
    await expect(openSavedEstimate(database.db, chen, "not-a-uuid")).rejects.toMatchObject({ status: 404 });
  });

  test("the stored response is the engine's answer, and saving for another person is refused", async () => {
    const chen = await userOf("chen");
    const id = await saveEstimateForUser(database.db, chen, { personId: chen.personId, request: JSON.stringify(sm1) });
    expect((await openSavedEstimate(database.db, chen, id)).response.hifp_pay).toBe(225);
    await expect(saveEstimateForUser(database.db, chen, { personId: personId("lin"), request: JSON.stringify(sm1) })).rejects.toMatchObject({ status: 403 });
    await expect(saveEstimateForUser(database.db, chen, { personId: chen.personId, request: "{not json" })).rejects.toMatchObject({ status: 400 });
  });
});

describe("POST /api/v1/estimate", () => {
  const post = (body: unknown) => new Request("http://x/api/v1/estimate", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });
  const client = { address: "198.51.100.9", now };

  test("anonymous: the contract's answer with amounts to the fen", async () => {
    const response = await handleEstimatePost(post(sm1), database.db, null, client);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('"hifp_pay":225.00');
    expect(JSON.parse(text)).toMatchObject({ act_pay_dedc: 700, psn_part_amt: 775 });
  });

  test("invalid requests name every field; bad JSON too", async () => {
    const response = await handleEstimatePost(post({ ...sm1, items: [{ class: "A", amount: "1.234" }], serviceDate: "2023-13-01" }), database.db, null, client);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: Array<{ path: string }> };
    expect(body.error).toBe("invalid_request");
    expect(body.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["items.0.amount", "serviceDate"]));
    const bad = await handleEstimatePost(post("{"), database.db, null, client);
    expect(bad.status).toBe(400);
  });

  test("the ledger is for signed-in people only", async () => {
    const anonymous = await handleEstimatePost(post({ ...sm1, accumulators: "ledger" }), database.db, null, client);
    expect(anonymous.status).toBe(401);
    const signedIn = await handleEstimatePost(post({ ...sm1, serviceDate: "2026-11-22", accumulators: "ledger" }), database.db, await userOf("chen"), client);
    expect(signedIn.status).toBe(200);
  });

  test("anonymous requests are rate-limited per client address, with Retry-After", async () => {
    await queryRows(database, sql`insert into rate_limits (key, window_start, count) values (${"estimate:address:198.51.100.9"}, ${new Date(now.getTime() - (now.getTime() % 60_000)).toISOString()}::timestamptz, 1000)`);
    const limited = await handleEstimatePost(post(sm1), database.db, null, client);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const other = await handleEstimatePost(post(sm1), database.db, null, { ...client, address: "198.51.100.10" });
    expect(other.status).toBe(200);
  });
});

import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { POST as estimateRoute } from "@/app/api/v1/estimate/route";
import { ACTING_FOR_COOKIE, SESSION_COOKIE } from "@/lib/context/cookies";
import { provideDatabase, type Database } from "@/lib/db";
import { facilityId, personId } from "@/lib/seed";
import { callRoute, redirectedTo, request, sessionCookie } from "../helpers/next-request";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";
import sm1 from "../fixtures/estimates/sm-1.json";

const { estimateAction, saveEstimateAction } = await import("@/app/(patient)/estimate/actions");
const SavedEstimatePage = (await import("@/app/(patient)/estimate/saved/[id]/page")).default;

let database: Database;
/** SM-1 (明医保函〔2023〕20号) as the Estimate form posts it. */
const sm1Form = {
  facilityId: facilityId("sm-2nd"), serviceDate: "2023-06-01", accumulatorsMode: "whatif",
  "lines.0.mode": "free", "lines.0.name": "门诊费用（甲类）", "lines.0.class": "A", "lines.0.amount": "1000.00",
};
const now = SEEDED.november;

beforeEach(async () => {
  database = await createTestDatabase("demo-november");
  provideDatabase(database);
});
afterEach(async () => {
  provideDatabase(null);
  await database.close();
});

async function userOf(person: string) {
  const [row] = await queryRows<{ id: string }>(database, sql`select id from users where person_id = ${personId(person)}`);
  return { userId: row!.id, personId: personId(person) };
}

/** The next request comes from `user`'s browser (acting for `actingFor` when given). */
async function as(user: { userId: string }, actingFor?: string): Promise<void> {
  request.set({ [SESSION_COOKIE]: (await sessionCookie(database.db, user.userId)).split("=")[1], [ACTING_FOR_COOKIE]: actingFor });
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  callRoute(estimateRoute, "/api/v1/estimate", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "x-yibao-peer": "integration-peer-token 198.51.100.9", ...headers } });

/** Saves through the share form's action; the id of the page it opens, or the failure. */
async function save(values: Record<string, string>): Promise<string | { code: string }> {
  try {
    const result = await saveEstimateAction(null, form(values));
    if (result.ok) throw new Error("saving opens the saved estimate's page");
    return { code: result.code };
  } catch (error) {
    const to = redirectedTo(error);
    if (!to) throw error;
    return to.replace("/estimate/saved/", "");
  }
}

/** Opens the saved estimate's page; its response, or null when it reads "not found". */
async function open(id: string): Promise<{ psn_part_amt: number; hifp_pay: number } | null> {
  const page = await SavedEstimatePage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });
  const text = JSON.stringify(page, (key, value: unknown) => (key === "type" || key.startsWith("_") || typeof value === "function" ? undefined : value));
  const match = /"amounts":(\{[^}]*\})/.exec(text);
  return match ? (JSON.parse(match[1]!) as { psn_part_amt: number; hifp_pay: number }) : null;
}

describe("saved estimates", () => {
  test("saved for the person, opened by them, and not by anyone else", async () => {
    const chen = await userOf("chen");
    await as(chen);
    const state = await estimateAction(null, form({
      facilityId: facilityId("sm-2nd"), serviceDate: "2023-06-01", accumulatorsMode: "whatif",
      "lines.0.mode": "free", "lines.0.name": "门诊费用（甲类）", "lines.0.class": "A", "lines.0.amount": "1000.00",
    }));
    if (!state.ok) throw new Error("estimate failed");
    await as(chen);
    const id = await save({ values: JSON.stringify(state.values) });
    if (typeof id !== "string") throw new Error(`not saved: ${id.code}`);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await as(chen);
    expect((await open(id))?.psn_part_amt).toBe(77_500);
    const [row] = await queryRows<{ created_by_user_id: string; person_id: string }>(database, sql`select created_by_user_id, person_id from saved_estimates where id = ${id}`);
    expect(row).toEqual({ created_by_user_id: chen.userId, person_id: chen.personId });

    await as(await userOf("lin"));
    expect(await open(id)).toBeNull();
    await as(chen);
    expect(await open("00000000-0000-4000-8000-000000000000")).toBeNull();
    await as(chen);
    expect(await open("not-a-uuid")).toBeNull();
  });

  test("the stored response is the engine's answer, and saving for another person is refused", async () => {
    const chen = await userOf("chen");
    await as(chen);
    const id = await save({ values: JSON.stringify(sm1Form) });
    if (typeof id !== "string") throw new Error(`not saved: ${id.code}`);
    await as(chen);
    expect((await open(id))?.hifp_pay).toBe(22_500);
    await as(chen, personId("lin"));
    expect(await save({ values: JSON.stringify(sm1Form) })).toEqual({ code: "forbidden" });
    await as(chen);
    expect(await save({ values: "{not json" })).toEqual({ code: "estimate_not_saved" });
  });

  test("an estimate saved before estimates were quotes (the contract's response, in yuan) still opens with its figures", async () => {
    const chen = await userOf("chen");
    const response = { ...(await (await post(sm1)).json()), explanation: { zh: ["总费用"], en: ["Bill"] } };
    const [row] = await queryRows<{ id: string }>(database, sql`insert into saved_estimates (person_id, created_by_user_id, request, response) values (${chen.personId}, ${chen.userId}, ${JSON.stringify({ request: sm1, context: null })}::jsonb, ${JSON.stringify(response)}::jsonb) returning id`);
    await as(chen);
    expect(await open(row!.id)).toMatchObject({ hifp_pay: 22_500, psn_part_amt: 77_500 });
  });
});

describe("POST /api/v1/estimate", () => {

  test("anonymous: the contract's answer with amounts to the fen", async () => {
    const response = await post(sm1);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('"hifp_pay":225.00');
    expect(JSON.parse(text)).toMatchObject({ act_pay_dedc: 700, psn_part_amt: 775 });
  });

  test("invalid requests name every field, in the one error body; bad JSON too", async () => {
    const response = await post({ ...sm1, items: [{ class: "A", amount: "1.234" }], serviceDate: "2023-13-01" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: Array<{ path: string }> } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["items.0.amount", "serviceDate"]));
    const bad = await post("{");
    expect(bad.status).toBe(400);
  });

  test("the ledger is for signed-in people only", async () => {
    const anonymous = await post({ ...sm1, accumulators: "ledger" });
    expect(anonymous.status).toBe(401);
    const signedIn = await post({ ...sm1, serviceDate: "2026-11-22", accumulators: "ledger" }, { cookie: await sessionCookie(database.db, (await userOf("chen")).userId) });
    expect(signedIn.status).toBe(200);
  });

  test("anonymous requests are rate-limited per client address, with Retry-After", async () => {
    const window = Date.now() - (Date.now() % 60_000);
    await queryRows(database, sql`insert into rate_limits (key, window_start, count) values (${"estimate:address:198.51.100.9"}, ${new Date(window).toISOString()}::timestamptz, 1000)`);
    const limited = await post(sm1);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // The socket's address, as scripts/serve.mjs stamps it (docs/security.md, "Client addresses").
    const other = await post(sm1, { "x-yibao-peer": "integration-peer-token 198.51.100.10" });
    expect(other.status).toBe(200);
  });
});

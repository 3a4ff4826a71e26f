/**
 * The Estimate screen's two server actions, run as the server runs them: the real actions over
 * a real (PGlite) database, with only the request's cookies supplied as Next.js would.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ACTING_FOR_COOKIE, LOCALE_COOKIE, SESSION_COOKIE } from "@/lib/context/cookies";
import { provideDatabase, type Database } from "@/lib/db";
import { facilityId, personId, seedDemoData, seedId } from "@/lib/seed";
import { redirectedTo, request, sessionCookie } from "../helpers/next-request";
import { createTestDatabase, queryRows } from "../helpers/test-db";
import { sql } from "drizzle-orm";

const { estimateAction, saveEstimateAction } = await import("@/app/(patient)/estimate/actions");

let database: Database;
let chenSession: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db, { today: new Date() });
  provideDatabase(database);
  chenSession = (await sessionCookie(database.db, seedId("user:chen"))).split("=")[1]!;
});
afterAll(async () => {
  provideDatabase(null);
  await database.close();
});

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  data.append("$ACTION_ID_abc", "");
  return data;
}

const bill = {
  facilityId: facilityId("sm-2nd"), serviceDate: "2023-06-01", accumulatorsMode: "whatif",
  "lines.0.mode": "free", "lines.0.name": "门诊费用（甲类）", "lines.0.class": "A", "lines.0.amount": "1000.00",
};

describe("estimateAction", () => {
  test("estimates the posted bill for the signed-in person, in the request's language, and echoes the form's values", async () => {
    request.set({ [SESSION_COOKIE]: chenSession, [LOCALE_COOKIE]: "en" });
    const state = await estimateAction(null, form(bill));
    if (!state.ok) throw new Error(JSON.stringify(state));
    expect(state.data.context.personId).toBe(personId("chen"));
    expect(state.data.figures.amounts.psn_part_amt).toBe(77_500);
    expect(state.data.figures.explanation.en[0]).toMatch(/^Bill/);
    // Next's own fields are not part of the echo.
    expect(state.values).toEqual(bill);
  });

  test("signed out: a form error, in words, and the values back", async () => {
    request.set({ [LOCALE_COOKIE]: "en" });
    const state = await estimateAction(null, form(bill));
    expect(state).toMatchObject({ ok: false, code: "signed_out", formError: "Please sign in first.", values: bill });
  });

  test("a form whose person is not the one the account now acts for is refused", async () => {
    request.set({ [SESSION_COOKIE]: chenSession });
    const state = await estimateAction(null, form({ ...bill, subject: personId("lin") }));
    expect(state).toMatchObject({ ok: false, code: "subject_changed" });
  });
});

describe("saveEstimateAction", () => {
  test("saves for the person and opens the saved estimate's page", async () => {
    request.set({ [SESSION_COOKIE]: chenSession });
    const estimated = await estimateAction(null, form(bill));
    if (!estimated.ok) throw new Error("estimate failed");
    request.set({ [SESSION_COOKIE]: chenSession });
    const to = await saveEstimateAction(null, form({ values: JSON.stringify(estimated.values) })).then(
      () => null,
      (error: unknown) => redirectedTo(error),
    );
    const id = to?.replace("/estimate/saved/", "");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await queryRows<{ person_id: string }>(database, sql`select person_id from saved_estimates where id = ${id}`);
    expect(row?.person_id).toBe(personId("chen"));
  });

  test("a refusal becomes a form error without internals", async () => {
    request.set({ [SESSION_COOKIE]: chenSession, [LOCALE_COOKIE]: "en" });
    const state = await saveEstimateAction(null, form({ values: "{not json" }));
    expect(state).toMatchObject({ ok: false, code: "estimate_not_saved", formError: "This estimate cannot be saved." });
    expect(JSON.stringify(state)).not.toMatch(/JSON|SyntaxError/);
  });

  test("acting for someone without an estimate grant is refused", async () => {
    request.set({ [SESSION_COOKIE]: chenSession, [ACTING_FOR_COOKIE]: personId("lin") });
    const state = await saveEstimateAction(null, form({ values: "{}" }));
    expect(state).toMatchObject({ ok: false, code: "forbidden" });
  });

  test("signed out: sent to sign in", async () => {
    request.set({});
    await expect(saveEstimateAction(null, form({}))).rejects.toSatisfy((error: unknown) => redirectedTo(error) === "/sign-in");
  });
});

import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/open";
import { facilityId } from "@/lib/db/seed/facilities";
import { personId } from "@/lib/db/seed/people";
import { runEstimateForm } from "@/lib/estimate/run-estimate";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";
import { sql } from "drizzle-orm";

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

/** SM-1 (明医保函〔2023〕20号): in service, level 2, nothing paid, 1,000.00 all class A, as what-if values. */
const sm1 = {
  facilityId: facilityId("sm-2nd"),
  serviceDate: "2023-06-01",
  visit: "general_outpatient",
  crossRegion: "auto",
  accumulatorsMode: "whatif",
  "lines.0.mode": "free",
  "lines.0.name": "门诊费用（甲类）",
  "lines.0.class": "A",
  "lines.0.amount": "1000.00",
};

describe("the Estimate form, through runEstimateForm", () => {
  test("SM-1 entered as what-if values gives the published figures, with an explanation", async () => {
    const state = await runEstimateForm(database.db, await userOf("chen"), sm1, { now, locale: "zh-CN" });
    if (!state.ok) throw new Error(JSON.stringify(state));
    expect(state.data.response.act_pay_dedc).toBe(700);
    expect(state.data.response.hifp_pay).toBe(225);
    expect(state.data.response.psn_part_amt).toBe(775);
    expect(state.data.response.explanation?.zh.length).toBeGreaterThan(0);
    expect(state.data.context.facility?.level).toBe(2);
    expect(state.data.request.person).toMatchObject({ insurance: "employee", status: "active" });
  });

  test("a catalogue line: quantity × unit price in fen, class from the catalogue table", async () => {
    const values = { ...sm1, "lines.0.mode": "catalogue", "lines.0.code": "XA10BAE015A001010100000", "lines.0.quantity": "3", "lines.0.unitPrice": "6.50" };
    const state = await runEstimateForm(database.db, await userOf("chen"), values, { now, locale: "en" });
    if (!state.ok) throw new Error(JSON.stringify(state));
    expect(state.data.response.medfee_sumamt).toBe(19.5);
    expect(state.data.request.items[0]).toMatchObject({ code: "XA10BAE015A001010100000", amount: "19.50", quantity: 3 });
  });

  test("the real year to date from the ledger is the default", async () => {
    const { accumulatorsMode: _mode, ...values } = sm1;
    const state = await runEstimateForm(database.db, await userOf("chen"), { ...values, serviceDate: "2026-11-22" }, { now, locale: "zh-CN" });
    if (!state.ok) throw new Error(JSON.stringify(state));
    expect(state.data.context.accumulatorsMode).toBe("ledger");
    expect(state.data.request.accumulators).toBeTypeOf("object");
  });

  test("invalid input: each error is next to its field, in both languages", async () => {
    const values = { ...sm1, "lines.0.amount": "12.345", "lines.1.mode": "free", "lines.1.name": "", "lines.1.amount": "5", "whatIf.deductiblePaid": "-1" };
    const state = await runEstimateForm(database.db, await userOf("chen"), values, { now, locale: "zh-CN" });
    expect(state.ok).toBe(false);
    if (state.ok) return;
    expect(state.fieldErrors["lines.1.name"]?.en).toMatch(/name/i);
    expect(state.fieldErrors["lines.1.class"]).toBeDefined();
    const again = await runEstimateForm(database.db, await userOf("chen"), { ...values, "lines.1.name": "x", "lines.1.class": "C" }, { now, locale: "zh-CN" });
    if (again.ok) throw new Error("expected errors");
    expect(again.fieldErrors["lines.0.amount"]?.zh).toContain("两位小数");
    expect(again.fieldErrors["whatIf.deductiblePaid"]?.en).toMatch(/negative/i);
    expect(again.values["lines.0.amount"]).toBe("12.345");
  });

  test("no lines, and a resident asking to use a personal account", async () => {
    const empty = await runEstimateForm(database.db, await userOf("chen"), { ...sm1, "lines.0.name": "", "lines.0.class": "", "lines.0.amount": "" }, { now, locale: "zh-CN" });
    expect(!empty.ok && empty.fieldErrors.lines).toBeTruthy();
    const resident = await runEstimateForm(database.db, await userOf("liu"), { ...sm1, facilityId: facilityId("sm-2nd"), useAccount: "on", serviceDate: "2026-11-22" }, { now, locale: "zh-CN" });
    expect(!resident.ok && resident.fieldErrors.useAccount).toBeTruthy();
  });

  test("signed out, and another person's id without a grant, are refused", async () => {
    const signedOut = await runEstimateForm(database.db, null, sm1, { now, locale: "en" });
    expect(!signedOut.ok && signedOut.formError?.en).toMatch(/sign in/i);
    const other = await runEstimateForm(database.db, await userOf("chen"), { ...sm1, personId: personId("lin") }, { now, locale: "en" });
    expect(other.ok).toBe(false);
    if (other.ok) return;
    expect(other.formError?.en).toMatch(/may not/i);
  });
});

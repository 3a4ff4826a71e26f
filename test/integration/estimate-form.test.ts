import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { sql } from "drizzle-orm";
import { ACTING_FOR_COOKIE, LOCALE_COOKIE, SESSION_COOKIE } from "@/lib/context/cookies";
import { provideDatabase, type Database } from "@/lib/db";
import { ISSUE_MESSAGES } from "@/lib/reimbursement";
import { facilityId, personId } from "@/lib/seed";
import { request, sessionCookie } from "../helpers/next-request";
import { createTestDatabase, queryRows, SEEDED } from "../helpers/test-db";

const { estimateAction } = await import("@/app/(patient)/estimate/actions");

let database: Database;
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

/** The Estimate form posted by `user` (signed in, or not), acting for `actingFor` when given, in `locale`. */
async function post(user: { userId: string } | null, values: Record<string, string>, options: { locale: "zh-CN" | "en"; actingFor?: string }) {
  const session = user ? (await sessionCookie(database.db, user.userId)).split("=")[1] : undefined;
  request.set({ [SESSION_COOKIE]: session, [LOCALE_COOKIE]: options.locale, [ACTING_FOR_COOKIE]: options.actingFor });
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return estimateAction(null, data);
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

describe("the Estimate form, through estimateAction", () => {
  test("SM-1 entered as what-if values gives the published figures, with an explanation", async () => {
    const state = await post(await userOf("chen"), sm1, { locale: "zh-CN" });
    if (!state.ok) throw new Error(JSON.stringify(state));
    // In fen: 700.00, 225.00 and 775.00 yuan.
    expect(state.data.figures.amounts.act_pay_dedc).toBe(70_000);
    expect(state.data.figures.amounts.hifp_pay).toBe(22_500);
    expect(state.data.figures.amounts.psn_part_amt).toBe(77_500);
    expect(state.data.figures.explanation.zh.length).toBeGreaterThan(0);
    expect(state.data.context.facility?.level).toBe(2);
    // The person's facts came from the enrolment: an employee in service in Sanming.
    expect(state.data.figures.policy.id).toBe("CN-350400");
  });

  test("a catalogue line: quantity × unit price in fen, class from the catalogue table", async () => {
    const values = { ...sm1, "lines.0.mode": "catalogue", "lines.0.code": "XA10BAE015A001010100000", "lines.0.quantity": "3", "lines.0.unitPrice": "6.50" };
    const state = await post(await userOf("chen"), values, { locale: "en" });
    if (!state.ok) throw new Error(JSON.stringify(state));
    expect(state.data.figures.amounts.medfee_sumamt).toBe(1_950);
  });

  test("the real year to date from the ledger is the default", async () => {
    const { accumulatorsMode: _mode, ...values } = sm1;
    const state = await post(await userOf("chen"), { ...values, serviceDate: "2026-11-22" }, { locale: "zh-CN" });
    if (!state.ok) throw new Error(JSON.stringify(state));
    expect(state.data.context.accumulatorsMode).toBe("ledger");
    expect(state.data.figures.amounts.medfee_sumamt).toBe(100_000);
  });

  test("invalid input: each error is next to its field, in the request's language", async () => {
    const values = { ...sm1, "lines.0.amount": "12.345", "lines.1.mode": "free", "lines.1.name": "", "lines.1.amount": "5", "whatIf.deductiblePaid": "-1" };
    const state = await post(await userOf("chen"), values, { locale: "en" });
    expect(state.ok).toBe(false);
    if (state.ok) return;
    expect(state.fieldErrors["lines.1.name"]).toMatch(/name/i);
    expect(state.fieldErrors["lines.1.class"]).toBeDefined();
    const fixed = { ...values, "lines.1.name": "x", "lines.1.class": "C" };
    const again = await post(await userOf("chen"), fixed, { locale: "zh-CN" });
    if (again.ok) throw new Error("expected errors");
    expect(again.fieldErrors["lines.0.amount"]).toContain("两位小数");
    expect(again.values?.["lines.0.amount"]).toBe("12.345");
    const inEnglish = await post(await userOf("chen"), fixed, { locale: "en" });
    expect(!inEnglish.ok && inEnglish.fieldErrors["whatIf.deductiblePaid"]).toMatch(/negative/i);
  });

  test("amounts and quantities as people type them: full-width digits and a leading ¥ are read; empty, zero and too long are each named", async () => {
    const catalogue = { ...sm1, "lines.0.mode": "catalogue", "lines.0.code": "XA10BAE015A001010100000" };
    const typed = await post(await userOf("chen"), { ...catalogue, "lines.0.quantity": "３", "lines.0.unitPrice": "¥６.５０" }, { locale: "zh-CN" });
    if (!typed.ok) throw new Error(JSON.stringify(typed));
    expect(typed.data.figures.amounts.medfee_sumamt).toBe(1_950);

    const words = (code: keyof typeof ISSUE_MESSAGES) => ISSUE_MESSAGES[code].zh;
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ "lines.0.quantity": "", "lines.0.unitPrice": "6.50" }, "lines.0.quantity", words("quantity_required")],
      [{ "lines.0.quantity": "0", "lines.0.unitPrice": "6.50" }, "lines.0.quantity", words("quantity_zero")],
      [{ "lines.0.quantity": "1", "lines.0.unitPrice": "0" }, "lines.0.unitPrice", words("amount_zero")],
      [{ "lines.0.quantity": "1", "lines.0.unitPrice": "" }, "lines.0.unitPrice", words("amount_required")],
      [{ "lines.0.quantity": "1", "lines.0.unitPrice": "6".repeat(30) }, "lines.0.unitPrice", words("amount_too_long")],
      [{ "lines.0.quantity": "1", "lines.0.unitPrice": "9999999" }, "lines.0.unitPrice", words("amount_too_large")],
    ];
    for (const [values, field, message] of cases) {
      const state = await post(await userOf("chen"), { ...catalogue, ...values }, { locale: "zh-CN" });
      expect(state.ok ? "settled" : state.fieldErrors[field], JSON.stringify(values)).toBe(message);
    }
    const longName = await post(await userOf("chen"), { ...sm1, "lines.0.name": "药".repeat(5_000) }, { locale: "zh-CN" });
    expect(!longName.ok && longName.fieldErrors["lines.0.name"]).toBe(words("name_too_long"));
  });

  test("no lines, and a resident asking to use a personal account", async () => {
    const empty = await post(await userOf("chen"), { ...sm1, "lines.0.name": "", "lines.0.class": "", "lines.0.amount": "" }, { locale: "zh-CN" });
    expect(!empty.ok && empty.fieldErrors.lines).toBeTruthy();
    const resident = await post(await userOf("liu"), { ...sm1, facilityId: facilityId("sm-2nd"), useAccount: "on", serviceDate: "2026-11-22" }, { locale: "zh-CN" });
    expect(!resident.ok && resident.fieldErrors.useAccount).toBeTruthy();
  });

  test("signed out, and another person's id without a grant, are refused", async () => {
    const signedOut = await post(null, sm1, { locale: "en" });
    expect(!signedOut.ok && signedOut.formError).toMatch(/sign in/i);
    const other = await post(await userOf("chen"), sm1, { locale: "en", actingFor: personId("lin") });
    expect(other.ok).toBe(false);
    if (other.ok) return;
    expect(other.formError).toMatch(/may not/i);
  });
});

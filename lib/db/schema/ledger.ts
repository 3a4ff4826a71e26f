import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Accumulators, Settlement, Visit } from "@/lib/reimbursement";
import { facilities } from "./facilities";
import { people } from "./people";
import { terminals } from "./terminals";

/*
 * The person's ledger (docs/ledger.md). Money is integer fen in bigint columns read as JS
 * numbers: exact up to 2^53 fen, far above any year's bills (~10^12 fen).
 */
const fen = (name: string) => bigint(name, { mode: "number" });

/**
 * One row per person whose ledger has ever changed. Every settlement and reversal locks the
 * row (SELECT … FOR UPDATE), so writes for one person are serialised across app instances,
 * and stamps it, so "as of" is the time of the latest change.
 */
export const ledgerHeads = pgTable("ledger_heads", {
  personId: uuid("person_id").primaryKey().references(() => people.id),
  revision: integer("revision").notNull().default(0),
  changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
});

/**
 * Each personal account's balance, kept as its entries are added (lib/ledger/account.ts adds an
 * entry and its amount here in one statement), so reading a balance is one row, not a sum over
 * every entry the account ever had. `npm run ledger:verify` checks it against the entries.
 */
export const accountBalances = pgTable("account_balances", {
  accountPersonId: uuid("account_person_id").primaryKey().references(() => people.id),
  balanceFen: fen("balance_fen").notNull(),
});

/** Year-to-date figures per benefit bucket (cf. national interface 5206). */
export const accumulatorBuckets = pgTable(
  "accumulator_buckets",
  {
    personId: uuid("person_id").notNull().references(() => people.id),
    year: integer("year").notNull(),
    // "general_outpatient", "inpatient", "chronic:diabetes" …
    bucket: text("bucket").notNull(),
    deductiblePaidFen: fen("deductible_paid_fen").notNull().default(0),
    policyScopeFen: fen("policy_scope_fen").notNull().default(0),
    fundPaidFen: fen("fund_paid_fen").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.year, t.bucket] }),
    check("accumulator_buckets_not_negative", sql`${t.deductiblePaidFen} >= 0 AND ${t.policyScopeFen} >= 0 AND ${t.fundPaidFen} >= 0`),
  ],
);

/** Year-to-date figures counted per person and year rather than per bucket. */
export const accumulatorYears = pgTable(
  "accumulator_years",
  {
    personId: uuid("person_id").notNull().references(() => people.id),
    year: integer("year").notNull(),
    criticalIllnessBurdenFen: fen("critical_illness_burden_fen").notNull().default(0),
    criticalIllnessPaidFen: fen("critical_illness_paid_fen").notNull().default(0),
    largeAmountPaidFen: fen("large_amount_paid_fen").notNull().default(0),
    assistanceBurdenFen: fen("assistance_burden_fen").notNull().default(0),
    // Medical assistance paid per visit kind: limits apply per kind and to the sum.
    assistanceGeneralOutpatientFen: fen("assistance_general_outpatient_fen").notNull().default(0),
    assistanceChronicOutpatientFen: fen("assistance_chronic_outpatient_fen").notNull().default(0),
    assistanceInpatientFen: fen("assistance_inpatient_fen").notNull().default(0),
    assistancePharmacyFen: fen("assistance_pharmacy_fen").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.year] }),
    check(
      "accumulator_years_not_negative",
      sql`${t.criticalIllnessBurdenFen} >= 0 AND ${t.criticalIllnessPaidFen} >= 0 AND ${t.largeAmountPaidFen} >= 0 AND ${t.assistanceBurdenFen} >= 0
        AND ${t.assistanceGeneralOutpatientFen} >= 0 AND ${t.assistanceChronicOutpatientFen} >= 0 AND ${t.assistanceInpatientFen} >= 0 AND ${t.assistancePharmacyFen} >= 0`,
    ),
  ],
);

export const settlementStatuses = ["settled", "reversed"] as const;
export type SettlementStatus = (typeof settlementStatuses)[number];

/**
 * A settled bill with everything needed to show and audit it: the request as given, the visit
 * and accumulators the engine saw, and the engine's full output. Written once; a reversal only
 * flips `status` and adds a settlement_reversals row.
 */
export const settlements = pgTable(
  "settlements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull().references(() => people.id),
    facilityId: uuid("facility_id").notNull().references(() => facilities.id),
    // The counter that settled; null for settlements made by the app itself (demo data).
    terminalId: uuid("terminal_id").references(() => terminals.id),
    // Whose personal account was offered: the person's own, a relative's (家庭共济), or none.
    accountPersonId: uuid("account_person_id").references(() => people.id),
    serviceDate: date("service_date").notNull(),
    year: integer("year").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    // SHA-256 of the canonical request: a key reused for another request is refused.
    requestHash: text("request_hash").notNull(),
    policyId: text("policy_id").notNull(),
    policyVersion: text("policy_version").notNull(),
    visitKind: text("visit_kind").notNull(),
    disease: text("disease"),
    bucket: text("bucket"),
    request: jsonb("request").$type<Record<string, unknown>>().notNull(),
    visit: jsonb("visit").$type<Visit>().notNull(),
    accumulatorsBefore: jsonb("accumulators_before").$type<Accumulators>().notNull(),
    result: jsonb("result").$type<Settlement>().notNull(),
    explanation: jsonb("explanation").$type<{ zh: string[]; en: string[] }>().notNull(),
    medfeeSumamtFen: fen("medfee_sumamt_fen").notNull(),
    fundPaySumamtFen: fen("fund_pay_sumamt_fen").notNull(),
    hifpPayFen: fen("hifp_pay_fen").notNull(),
    acctPayFen: fen("acct_pay_fen").notNull(),
    psnCashPayFen: fen("psn_cash_pay_fen").notNull(),
    status: text("status", { enum: settlementStatuses }).notNull().default("settled"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    // Keys are chosen by each counter, so they are unique per terminal, and among the app's own
    // settlements (no terminal) by the partial index: two standard forms every PostgreSQL-compatible
    // engine accepts, instead of PostgreSQL 15's UNIQUE NULLS NOT DISTINCT (migration 0003).
    unique("settlements_idempotency_key").on(t.terminalId, t.idempotencyKey),
    uniqueIndex("settlements_idempotency_key_without_terminal").on(t.idempotencyKey).where(sql`${t.terminalId} is null`),
    index("settlements_person_idx").on(t.personId, t.createdAt),
    index("settlements_person_year_idx").on(t.personId, t.year),
    check("settlements_amounts_not_negative", sql`${t.medfeeSumamtFen} >= 0 AND ${t.fundPaySumamtFen} >= 0 AND ${t.hifpPayFen} >= 0 AND ${t.acctPayFen} >= 0 AND ${t.psnCashPayFen} >= 0`),
  ],
);

/** The bill's lines as settled (class and ceilings after the catalogue look-up). */
export const settlementLines = pgTable(
  "settlement_lines",
  {
    settlementId: uuid("settlement_id").notNull().references(() => settlements.id),
    lineNo: integer("line_no").notNull(),
    code: text("code"),
    name: text("name"),
    itemClass: text("item_class", { enum: ["A", "B", "C"] }).notNull(),
    quantity: integer("quantity").notNull(),
    amountFen: fen("amount_fen").notNull(),
    classBShareBp: integer("class_b_share_bp"),
    priceCeilingFen: fen("price_ceiling_fen"),
  },
  (t) => [
    primaryKey({ columns: [t.settlementId, t.lineNo] }),
    // One meaning of a bill line (lib/reimbursement bill-line.ts): amount = unit price × quantity,
    // so the amount is a whole number of fen per unit and the receipt's unit price is exact.
    check("settlement_lines_amount_per_unit", sql`${t.quantity} >= 1 AND ${t.amountFen} >= 0 AND ${t.amountFen} % ${t.quantity} = 0`),
  ],
);

/** At most one reversal per settlement: the primary key makes the database refuse a second. */
export const settlementReversals = pgTable("settlement_reversals", {
  settlementId: uuid("settlement_id").primaryKey().references(() => settlements.id),
  reversedAt: timestamp("reversed_at", { withTimezone: true }).notNull(),
  reason: text("reason").notNull(),
  terminalId: uuid("terminal_id").references(() => terminals.id),
});

export const accountEntryKinds = ["opening", "contribution", "settlement", "reversal"] as const;
export type AccountEntryKind = (typeof accountEntryKinds)[number];

/**
 * The personal account (个人账户) as an append-only ledger: the balance is always the sum of
 * the entries, never stored alone. A settlement entry is negative (the account paid), its
 * reversal positive; one of each per settlement at most.
 */
export const accountEntries = pgTable(
  "account_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Whose account.
    accountPersonId: uuid("account_person_id").notNull().references(() => people.id),
    // For whom it paid: the account holder, or a relative through 家庭共济; null for money in.
    beneficiaryPersonId: uuid("beneficiary_person_id").references(() => people.id),
    kind: text("kind", { enum: accountEntryKinds }).notNull(),
    amountFen: fen("amount_fen").notNull(),
    settlementId: uuid("settlement_id").references(() => settlements.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    unique("account_entries_one_per_settlement_kind").on(t.settlementId, t.kind),
    index("account_entries_account_idx").on(t.accountPersonId, t.createdAt),
    check(
      "account_entries_sign_by_kind",
      sql`(${t.kind} IN ('opening', 'contribution') AND ${t.amountFen} > 0 AND ${t.settlementId} IS NULL)
        OR (${t.kind} = 'settlement' AND ${t.amountFen} < 0 AND ${t.settlementId} IS NOT NULL)
        OR (${t.kind} = 'reversal' AND ${t.amountFen} > 0 AND ${t.settlementId} IS NOT NULL)`,
    ),
  ],
);

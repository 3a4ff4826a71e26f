import { asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { accountEntries, accumulatorBuckets, accumulatorYears, settlementReversals, settlements } from "@/lib/db/schema";
import { type Accumulators, emptyAccumulators } from "@/lib/reimbursement";
import { accumulatorDifferences, combineAccumulators, settlementIncrement } from "./accumulators";

export interface LedgerMismatch {
  /** "accumulators", "account", "settlement". */
  area: "accumulators" | "account" | "settlement";
  personId: string;
  year?: number;
  settlementId?: string;
  what: string;
  expected: number | string;
  actual: number | string;
}

export interface LedgerVerification {
  ok: boolean;
  checked: { settlements: number; reversed: number; personYears: number; accounts: number };
  mismatches: LedgerMismatch[];
}

const BATCH = 500;

interface AccountTotals {
  moneyIn: number;
  paid: number;
  refunded: number;
  balance: number;
}

function accountOf(map: Map<string, AccountTotals>, personId: string): AccountTotals {
  let totals = map.get(personId);
  if (!totals) {
    totals = { moneyIn: 0, paid: 0, refunded: 0, balance: 0 };
    map.set(personId, totals);
  }
  return totals;
}

type SettlementRow = Awaited<ReturnType<typeof settlementBatch>>[number];

function settlementBatch(db: Db, afterId: string | null) {
  return db
    .select({
      id: settlements.id,
      personId: settlements.personId,
      accountPersonId: settlements.accountPersonId,
      year: settlements.year,
      status: settlements.status,
      visitKind: settlements.visitKind,
      bucket: settlements.bucket,
      medfee: settlements.medfeeSumamtFen,
      fund: settlements.fundPaySumamtFen,
      hifp: settlements.hifpPayFen,
      acct: settlements.acctPayFen,
      cash: settlements.psnCashPayFen,
      before: settlements.accumulatorsBefore,
      result: settlements.result,
      reversedAt: settlementReversals.reversedAt,
    })
    .from(settlements)
    .leftJoin(settlementReversals, eq(settlementReversals.settlementId, settlements.id))
    .where(afterId === null ? undefined : gt(settlements.id, afterId))
    .orderBy(asc(settlements.id))
    .limit(BATCH);
}

/** A settlement's own figures: columns against its stored engine output, and the contract's identities. */
function checkSettlement(row: SettlementRow, increment: Accumulators, out: LedgerMismatch[]): void {
  const a = row.result.amounts;
  const at = { area: "settlement" as const, personId: row.personId, year: row.year, settlementId: row.id };
  const equal = (what: string, expected: number, actual: number) => {
    if (expected !== actual) out.push({ ...at, what, expected, actual });
  };
  equal("medfee_sumamt column", a.medfee_sumamt, row.medfee);
  equal("fund_pay_sumamt column", a.fund_pay_sumamt, row.fund);
  equal("hifp_pay column", a.hifp_pay, row.hifp);
  equal("acct_pay column", a.acct_pay, row.acct);
  equal("psn_cash_pay column", a.psn_cash_pay, row.cash);
  equal("medfee_sumamt = fund_pay_sumamt + psn_part_amt", a.medfee_sumamt, a.fund_pay_sumamt + a.psn_part_amt);
  equal("psn_part_amt = acct_pay + psn_cash_pay", a.psn_part_amt, a.acct_pay + a.psn_cash_pay);
  equal("fund_pay_sumamt = hifp + hifob + hifmi + maf", a.fund_pay_sumamt, a.hifp_pay + a.hifob_pay + a.hifmi_pay + a.maf_pay);
  const bucket = row.bucket;
  equal("fund paid added = hifp_pay", a.hifp_pay, bucket === null ? 0 : (increment.fundPaid[bucket] ?? 0));
  equal("deductible added = act_pay_dedc", a.act_pay_dedc, bucket === null ? 0 : (increment.deductiblePaid[bucket] ?? 0));
  equal("critical illness paid added = hifmi_pay", a.hifmi_pay, increment.criticalIllnessPaid);
  equal("large amount paid added = hifob_pay", a.hifob_pay, increment.largeAmountPaid);
  const kind = row.visitKind as keyof Accumulators["assistancePaid"];
  equal("assistance paid added = maf_pay", a.maf_pay, increment.assistancePaid[kind] ?? 0);
  if ((row.status === "reversed") !== (row.reversedAt !== null)) {
    out.push({ ...at, what: "status agrees with settlement_reversals", expected: row.reversedAt === null ? "settled" : "reversed", actual: row.status });
  }
}

async function storedAccumulators(db: Db): Promise<Map<string, Accumulators>> {
  const stored = new Map<string, Accumulators>();
  const of = (personId: string, year: number) => {
    const key = `${personId}|${year}`;
    let acc = stored.get(key);
    if (!acc) {
      acc = emptyAccumulators();
      stored.set(key, acc);
    }
    return acc;
  };
  for (const row of await db.select().from(accumulatorBuckets)) {
    const acc = of(row.personId, row.year);
    acc.deductiblePaid[row.bucket] = row.deductiblePaidFen;
    acc.policyScopeAmount[row.bucket] = row.policyScopeFen;
    acc.fundPaid[row.bucket] = row.fundPaidFen;
  }
  for (const row of await db.select().from(accumulatorYears)) {
    const acc = of(row.personId, row.year);
    acc.criticalIllnessBurden = row.criticalIllnessBurdenFen;
    acc.criticalIllnessPaid = row.criticalIllnessPaidFen;
    acc.largeAmountPaid = row.largeAmountPaidFen;
    acc.assistanceBurden = row.assistanceBurdenFen;
    acc.assistancePaid = {
      general_outpatient: row.assistanceGeneralOutpatientFen,
      chronic_outpatient: row.assistanceChronicOutpatientFen,
      inpatient: row.assistanceInpatientFen,
      pharmacy: row.assistancePharmacyFen,
    };
  }
  return stored;
}

/**
 * Recomputes every person's year-to-date accumulators and personal-account balance from the
 * settlements (each one's stored engine output, minus those reversed) and compares them with what
 * the ledger holds. Also checks each settlement's own identities and that each account payment
 * and refund has exactly its entry. Reads in batches; changes nothing.
 */
export async function verifyLedger(db: Db): Promise<LedgerVerification> {
  const mismatches: LedgerMismatch[] = [];
  const expected = new Map<string, Accumulators>();
  const accounts = new Map<string, AccountTotals>();
  let count = 0;
  let reversed = 0;
  const out = (at: Omit<LedgerMismatch, "what" | "expected" | "actual">, what: string, want: number | string, have: number | string) => {
    mismatches.push({ ...at, what, expected: want, actual: have });
  };

  for (let afterId: string | null = null; ; ) {
    const batch = await settlementBatch(db, afterId);
    if (batch.length === 0) break;
    afterId = batch[batch.length - 1]!.id;
    const entries = await db
      .select({ settlementId: accountEntries.settlementId, kind: accountEntries.kind, amount: accountEntries.amountFen, accountPersonId: accountEntries.accountPersonId })
      .from(accountEntries)
      .where(inArray(accountEntries.settlementId, batch.map((row) => row.id)));
    for (const row of batch) {
      count++;
      const increment = settlementIncrement(row.before, row.result.accumulatorsAfter);
      checkSettlement(row, increment, mismatches);
      if (row.status === "settled") {
        const key = `${row.personId}|${row.year}`;
        expected.set(key, combineAccumulators(expected.get(key) ?? emptyAccumulators(), increment, 1));
      } else {
        reversed++;
      }
      const own = entries.filter((e) => e.settlementId === row.id);
      const payment = own.find((e) => e.kind === "settlement");
      const refund = own.find((e) => e.kind === "reversal");
      const at = { area: "account" as const, personId: row.accountPersonId ?? row.personId, year: row.year, settlementId: row.id };
      const wantRefund = row.status === "reversed" ? row.acct : 0;
      if ((payment ? -payment.amount : 0) !== row.acct) out(at, "account payment entry = acct_pay", row.acct, payment ? -payment.amount : 0);
      if ((refund?.amount ?? 0) !== wantRefund) out(at, "account refund entry = acct_pay of a reversed settlement", wantRefund, refund?.amount ?? 0);
      for (const entry of own) {
        if (entry.accountPersonId !== row.accountPersonId) out(at, `${entry.kind} entry is on the paying account`, row.accountPersonId ?? "none", entry.accountPersonId);
      }
      if (row.accountPersonId !== null) {
        const totals = accountOf(accounts, row.accountPersonId);
        totals.paid += row.acct;
        totals.refunded += wantRefund;
      }
    }
  }

  const stored = await storedAccumulators(db);
  for (const key of new Set([...expected.keys(), ...stored.keys()])) {
    const [personId, year] = key.split("|") as [string, string];
    for (const difference of accumulatorDifferences(expected.get(key) ?? emptyAccumulators(), stored.get(key) ?? emptyAccumulators())) {
      mismatches.push({ area: "accumulators", personId, year: Number(year), what: difference.figure, expected: difference.expected, actual: difference.actual });
    }
  }

  const sums = await db
    .select({
      accountPersonId: accountEntries.accountPersonId,
      moneyIn: sql<string>`coalesce(sum(case when ${accountEntries.kind} in ('opening', 'contribution') then ${accountEntries.amountFen} else 0 end), 0)`,
      balance: sql<string>`coalesce(sum(${accountEntries.amountFen}), 0)`,
    })
    .from(accountEntries)
    .groupBy(accountEntries.accountPersonId);
  for (const row of sums) {
    const totals = accountOf(accounts, row.accountPersonId);
    totals.moneyIn = Number(row.moneyIn);
    totals.balance = Number(row.balance);
  }
  for (const [personId, totals] of accounts) {
    const want = totals.moneyIn - totals.paid + totals.refunded;
    if (want !== totals.balance) mismatches.push({ area: "account", personId, what: "balance = contributions − account payments + reversals", expected: want, actual: totals.balance });
    if (totals.balance < 0) mismatches.push({ area: "account", personId, what: "balance not negative", expected: ">= 0", actual: totals.balance });
  }

  return { ok: mismatches.length === 0, checked: { settlements: count, reversed, personYears: new Set([...expected.keys(), ...stored.keys()]).size, accounts: accounts.size }, mismatches };
}

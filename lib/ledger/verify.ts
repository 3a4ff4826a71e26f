import type { Db } from "@/lib/db";
import { type Accumulators, emptyAccumulators } from "@/lib/reimbursement";
import { accumulatorDifferences, combineAccumulators, settlementIncrement } from "./accumulators";
import {
  accountsThatDoNotAddUp,
  comparePersonYear,
  personRanges,
  readAccumulatorBuckets,
  readAccumulatorYears,
  readSettlements,
  settlementsWhoseStatusDisagrees,
  settlementsWithWrongEntries,
  SETTLEMENT_BATCH,
  type EntryMismatch,
  type PersonRange,
  type PersonYear,
  type SettlementRow,
} from "./verify-reads";

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
  /** The first `maxReported` mismatches; `mismatchCount` counts them all (a settlement with wrong entries beyond those kept counts once). */
  mismatches: LedgerMismatch[];
  mismatchCount: number;
}

export interface VerifyOptions {
  /** Rows read per batch (the tests make it small to cross many batch boundaries). */
  batchRows?: number;
  /** Mismatches kept: enough to find what went wrong; a ledger damaged everywhere would otherwise fill the memory. */
  maxReported?: number;
  /** Ranges of people checked side by side (one database connection each on PostgreSQL). */
  parallel?: number;
}

/** A settlement's own figures: columns against its stored engine output, and the contract's identities. */
function checkSettlement(row: SettlementRow, increment: Accumulators, report: (m: LedgerMismatch) => void): void {
  const a = row.amounts;
  const at = { area: "settlement" as const, personId: row.personId, year: row.year, settlementId: row.id };
  const equal = (what: string, expected: number, actual: number) => {
    if (expected !== actual) report({ ...at, what, expected, actual });
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
}

/** A settlement whose account payment or refund does not have exactly its entry on the paying account. */
function reportEntries(m: EntryMismatch, report: (m: LedgerMismatch) => void): void {
  const at = { area: "account" as const, personId: m.accountPersonId ?? m.personId, year: m.year, settlementId: m.settlementId };
  const paid = m.paymentFen === null ? 0 : -m.paymentFen;
  const refunded = m.refundFen ?? 0;
  const wantRefund = m.status === "reversed" ? m.acct : 0;
  if (paid !== m.acct) report({ ...at, what: "account payment entry = acct_pay", expected: m.acct, actual: paid });
  if (refunded !== wantRefund) report({ ...at, what: "account refund entry = acct_pay of a reversed settlement", expected: wantRefund, actual: refunded });
  for (const [kind, account] of [["settlement", m.paymentAccount], ["reversal", m.refundAccount]] as const) {
    if (account !== null && account !== m.accountPersonId) report({ ...at, what: `${kind} entry is on the paying account`, expected: m.accountPersonId ?? "none", actual: account });
  }
}

/** Settlements against stored accumulators for the people of one range, one person-year at a time. */
async function verifyRange(db: Db, range: PersonRange, batchRows: number, checked: LedgerVerification["checked"], report: (m: LedgerMismatch) => void): Promise<void> {
  const settlementRows = readSettlements(db, range, batchRows);
  const years = readAccumulatorYears(db, range, batchRows);
  const buckets = readAccumulatorBuckets(db, range, batchRows);
  for (;;) {
    // The smallest person-year any of the three has next.
    const heads = [await settlementRows.peek(), await years.peek(), await buckets.peek()].filter((h): h is NonNullable<typeof h> => h !== undefined);
    if (heads.length === 0) return;
    const key: PersonYear = heads.reduce<PersonYear>((min, h) => (comparePersonYear(h, min) < 0 ? h : min), heads[0]!);
    const sameKey = (row: PersonYear | undefined) => row !== undefined && comparePersonYear(row, key) === 0;
    checked.personYears++;

    let expected = emptyAccumulators();
    for (let row = await settlementRows.peek(); sameKey(row); row = await settlementRows.peek()) {
      const settlement = (await settlementRows.next())!;
      checked.settlements++;
      const increment = settlementIncrement(settlement.before, settlement.after);
      checkSettlement(settlement, increment, report);
      if (settlement.status === "settled") expected = combineAccumulators(expected, increment, 1);
      else checked.reversed++;
    }

    const stored = emptyAccumulators();
    for (let row = await years.peek(); sameKey(row); row = await years.peek()) {
      const y = (await years.next())!;
      stored.criticalIllnessBurden = y.criticalIllnessBurdenFen;
      stored.criticalIllnessPaid = y.criticalIllnessPaidFen;
      stored.largeAmountPaid = y.largeAmountPaidFen;
      stored.assistanceBurden = y.assistanceBurdenFen;
      stored.assistancePaid = {
        general_outpatient: y.assistanceGeneralOutpatientFen,
        chronic_outpatient: y.assistanceChronicOutpatientFen,
        inpatient: y.assistanceInpatientFen,
        pharmacy: y.assistancePharmacyFen,
      };
    }
    for (let row = await buckets.peek(); sameKey(row); row = await buckets.peek()) {
      const b = (await buckets.next())!;
      stored.deductiblePaid[b.bucket] = b.deductiblePaidFen;
      stored.policyScopeAmount[b.bucket] = b.policyScopeFen;
      stored.fundPaid[b.bucket] = b.fundPaidFen;
    }
    for (const difference of accumulatorDifferences(expected, stored)) {
      report({ area: "accumulators", personId: key.personId, year: key.year, what: difference.figure, expected: difference.expected, actual: difference.actual });
    }
  }
}

/**
 * Recomputes every person's year-to-date accumulators and personal-account balance from the
 * settlements (each one's stored engine output, minus those reversed) and compares them with what
 * the ledger holds. Also checks each settlement's own identities and that each account payment
 * and refund has exactly its entry. One pass: the settlements and the stored accumulators are
 * read side by side in (person, year) order, in keyset batches fetched ahead, so time is linear
 * and memory holds a batch and one person-year per range of people, whatever the ledger's size;
 * each settlement's status against the reversals, the account entries and the accounts' totals
 * are checked by the database meanwhile, which returns only what is wrong. Changes nothing.
 */
export async function verifyLedger(db: Db, { batchRows = SETTLEMENT_BATCH, maxReported = 1_000, parallel = 2 }: VerifyOptions = {}): Promise<LedgerVerification> {
  const mismatches: LedgerMismatch[] = [];
  let mismatchCount = 0;
  const report = (m: LedgerMismatch) => {
    mismatchCount++;
    if (mismatches.length < maxReported) mismatches.push(m);
  };
  const checked = { settlements: 0, reversed: 0, personYears: 0, accounts: 0 };

  // The person ranges are checked side by side, and the checks the database makes on its own run
  // meanwhile: on PostgreSQL each on its own connection. Their mismatches are reported after the
  // ranges', in the same order every time.
  const [, statuses, entries, accounts] = await Promise.all([
    Promise.all(personRanges(parallel).map((range) => verifyRange(db, range, batchRows, checked, report))),
    settlementsWhoseStatusDisagrees(db, maxReported),
    settlementsWithWrongEntries(db, maxReported),
    accountsThatDoNotAddUp(db, maxReported),
  ]);

  for (const m of statuses.first) {
    report({ area: "settlement", personId: m.personId, year: m.year, settlementId: m.settlementId, what: "status agrees with settlement_reversals", expected: m.reversed ? "reversed" : "settled", actual: m.status });
  }
  mismatchCount += Math.max(0, statuses.count - statuses.first.length);

  for (const m of entries.first) reportEntries(m, report);
  // Those not fetched still count, once each (a wrong settlement has at least one mismatch).
  mismatchCount += Math.max(0, entries.count - entries.first.length);

  checked.accounts = accounts.accounts;
  for (const a of accounts.failing) {
    const want = a.moneyIn - a.paid + a.refunded;
    if (want !== a.balance) report({ area: "account", personId: a.accountPersonId, what: "balance = contributions − account payments + reversals", expected: want, actual: a.balance });
    if (a.running !== a.balance) report({ area: "account", personId: a.accountPersonId, what: "running balance = sum of the entries", expected: a.balance, actual: a.running });
    if (a.balance < 0) report({ area: "account", personId: a.accountPersonId, what: "balance not negative", expected: ">= 0", actual: a.balance });
  }

  return { ok: mismatchCount === 0, checked, mismatches, mismatchCount };
}

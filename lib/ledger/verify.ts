import type { Db } from "@/lib/db";
import {
  accountsThatDoNotAddUp,
  personRanges,
  settlementsWhoseStatusDisagrees,
  settlementsWithWrongEntries,
  type EntryMismatch,
} from "./verify-reads";
import { checkRange } from "./verify-settlements";

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
  /** Mismatches kept: enough to find what went wrong; a ledger damaged everywhere would otherwise fill the memory. */
  maxReported?: number;
  /** Ranges of people checked side by side (one database connection each on PostgreSQL). */
  parallel?: number;
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

/**
 * Recomputes every person's year-to-date accumulators and personal-account balance from the
 * settlements (each one's stored engine output, minus those reversed) and compares them with what
 * the ledger holds. Also checks each settlement's own identities and that each account payment
 * and refund has exactly its entry. One pass over each table, made by the database, which
 * returns only what is wrong (verify-settlements.ts, verify-reads.ts): time is linear and the
 * command's memory holds the mismatches kept, whatever the ledger's size. Changes nothing.
 */
export async function verifyLedger(db: Db, { maxReported = 1_000, parallel = 2 }: VerifyOptions = {}): Promise<LedgerVerification> {
  const mismatches: LedgerMismatch[] = [];
  let mismatchCount = 0;
  const report = (m: LedgerMismatch) => {
    mismatchCount++;
    if (mismatches.length < maxReported) mismatches.push(m);
  };
  const checked = { settlements: 0, reversed: 0, personYears: 0, accounts: 0 };

  // The person ranges are checked side by side, and the checks of the other tables meanwhile: on
  // PostgreSQL each on its own connection (the statements are CPU-bound: one range per core).
  // Mismatches are reported range by range in (person, year) order, then the other checks'.
  const [ranges, statuses, entries, accounts] = await Promise.all([
    Promise.all(personRanges(parallel).map((range) => checkRange(db, range, maxReported))),
    settlementsWhoseStatusDisagrees(db, maxReported),
    settlementsWithWrongEntries(db, maxReported),
    accountsThatDoNotAddUp(db, maxReported),
  ]);

  for (const range of ranges) {
    checked.settlements += range.settlements;
    checked.reversed += range.reversed;
    checked.personYears += range.personYears;
    let reported = 0;
    for (const { personId, year, failures, differences } of range.first) {
      // Within a person-year, as when it was checked here: its settlements' own checks, then its accumulators.
      for (const f of failures) report({ area: "settlement", personId, year, settlementId: f.settlementId, what: f.what, expected: f.expected ?? "absent", actual: f.actual ?? "absent" });
      for (const d of differences) report({ area: "accumulators", personId, year, what: d.figure, expected: d.expected, actual: d.actual });
      reported += failures.length + differences.length;
    }
    // Those not fetched still count.
    mismatchCount += Math.max(0, range.mismatchCount - reported);
  }

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

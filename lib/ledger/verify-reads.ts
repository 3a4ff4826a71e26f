/**
 * The reads of the ledger verification (verify.ts): each table in (person, year) order, in
 * keyset batches (keyset-reader.ts), and the personal accounts' totals as one aggregate on the
 * database that returns only the accounts that do not add up.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db/open";
import { accountEntries, accumulatorBuckets, accumulatorYears, settlementReversals, settlements } from "@/lib/db/schema/ledger";
import type { Accumulators, Settlement } from "@/lib/reimbursement";
import { KeysetReader } from "./keyset-reader";

/** Rows per batch: large enough that round trips do not matter, small enough to hold two at once. */
export const SETTLEMENT_BATCH = 2_000;

/** A person-year: the order all three readers share. */
export interface PersonYear {
  personId: string;
  year: number;
}

export function comparePersonYear(a: PersonYear, b: PersonYear): number {
  // Lowercase UUID text sorts as PostgreSQL sorts the uuid values.
  if (a.personId !== b.personId) return a.personId < b.personId ? -1 : 1;
  return a.year - b.year;
}

const payment = alias(accountEntries, "payment");
const refund = alias(accountEntries, "refund");

type SettlementKey = PersonYear & { id: string };

function settlementRows(db: Db, after: SettlementKey | null, limit: number) {
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
      // Only the parts of the stored engine output that are checked: not the whole document.
      amounts: sql<Settlement["amounts"]>`${settlements.result}->'amounts'`,
      after: sql<Accumulators>`${settlements.result}->'accumulatorsAfter'`,
      reversed: sql<boolean>`${settlementReversals.settlementId} is not null`,
      paymentFen: payment.amountFen,
      paymentAccount: payment.accountPersonId,
      refundFen: refund.amountFen,
      refundAccount: refund.accountPersonId,
    })
    .from(settlements)
    .leftJoin(settlementReversals, eq(settlementReversals.settlementId, settlements.id))
    .leftJoin(payment, and(eq(payment.settlementId, settlements.id), eq(payment.kind, "settlement")))
    .leftJoin(refund, and(eq(refund.settlementId, settlements.id), eq(refund.kind, "reversal")))
    .where(after === null ? undefined : sql`(${settlements.personId}, ${settlements.year}, ${settlements.id}) > (${after.personId}, ${after.year}, ${after.id})`)
    .orderBy(asc(settlements.personId), asc(settlements.year), asc(settlements.id))
    .limit(limit);
}

export type SettlementRow = Awaited<ReturnType<typeof settlementRows>>[number];

export function readSettlements(db: Db, batch: number) {
  return new KeysetReader<SettlementRow, SettlementKey>((after, limit) => settlementRows(db, after, limit), (r) => r, batch);
}

export function readAccumulatorYears(db: Db, batch: number) {
  type Row = typeof accumulatorYears.$inferSelect;
  return new KeysetReader<Row, PersonYear>(
    (after, limit) =>
      db
        .select()
        .from(accumulatorYears)
        .where(after === null ? undefined : sql`(${accumulatorYears.personId}, ${accumulatorYears.year}) > (${after.personId}, ${after.year})`)
        .orderBy(asc(accumulatorYears.personId), asc(accumulatorYears.year))
        .limit(limit),
    (r) => ({ personId: r.personId, year: r.year }),
    batch,
  );
}

export function readAccumulatorBuckets(db: Db, batch: number) {
  type Row = typeof accumulatorBuckets.$inferSelect;
  return new KeysetReader<Row, Row>(
    (after, limit) =>
      db
        .select()
        .from(accumulatorBuckets)
        .where(
          after === null
            ? undefined
            : sql`(${accumulatorBuckets.personId}, ${accumulatorBuckets.year}, ${accumulatorBuckets.bucket}) > (${after.personId}, ${after.year}, ${after.bucket})`,
        )
        .orderBy(asc(accumulatorBuckets.personId), asc(accumulatorBuckets.year), asc(accumulatorBuckets.bucket))
        .limit(limit),
    (r) => r,
    batch,
  );
}

export interface AccountTotals {
  accountPersonId: string;
  moneyIn: number;
  paid: number;
  refunded: number;
  balance: number;
}

/**
 * Every personal account's money in, the account payments and refunds of the settlements it
 * paid (from the settlements' own acct_pay), and the sum of its entries; only the accounts
 * whose balance does not add up or is negative are returned (at most `limit`), with the number
 * of accounts checked. Aggregated on the database in one pass over each table.
 */
export async function accountsThatDoNotAddUp(db: Db, limit: number): Promise<{ accounts: number; failing: AccountTotals[] }> {
  const result = (await db.execute(sql`
    with paid as (
      select ${settlements.accountPersonId} as id,
        sum(${settlements.acctPayFen}) as paid,
        coalesce(sum(${settlements.acctPayFen}) filter (where ${settlements.status} = 'reversed'), 0) as refunded
      from ${settlements} where ${settlements.accountPersonId} is not null group by 1
    ), entries as (
      select ${accountEntries.accountPersonId} as id,
        coalesce(sum(${accountEntries.amountFen}) filter (where ${accountEntries.kind} in ('opening', 'contribution')), 0) as money_in,
        sum(${accountEntries.amountFen}) as balance
      from ${accountEntries} group by 1
    ), totals as (
      select coalesce(entries.id, paid.id) as "accountPersonId", coalesce(money_in, 0) as "moneyIn", coalesce(paid, 0) as paid,
        coalesce(refunded, 0) as refunded, coalesce(balance, 0) as balance
      from entries full join paid on paid.id = entries.id
    )
    select (select count(*)::int from totals) as accounts,
      (select coalesce(json_agg(t), '[]') from (
        select * from totals where "moneyIn" - paid + refunded <> balance or balance < 0 order by "accountPersonId" limit ${limit}
      ) t) as failing`)) as unknown as { rows: { accounts: number; failing: AccountTotals[] | string }[] };
  const row = result.rows[0]!;
  // json_agg comes back parsed from node-postgres and PGlite alike; numbers stay exact (fen < 2^53).
  const failing = (typeof row.failing === "string" ? JSON.parse(row.failing) : row.failing) as AccountTotals[];
  return { accounts: row.accounts, failing: failing.map((a) => ({ ...a, moneyIn: Number(a.moneyIn), paid: Number(a.paid), refunded: Number(a.refunded), balance: Number(a.balance) })) };
}

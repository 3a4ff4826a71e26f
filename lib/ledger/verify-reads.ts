/**
 * The ledger verification's ranges of people (verify-settlements.ts checks one range of
 * settlements and accumulators per statement), and three checks the database makes in one pass
 * each, returning only what is wrong: each settlement's status against the reversals, its account
 * entries, and each personal account's balance.
 */
import { sql } from "drizzle-orm";
import { fromJson, type Db } from "@/lib/db";
import { accountBalances, accountEntries, settlementReversals, settlements } from "@/lib/db/schema";

/** Person ids from `from` (inclusive) to `to` (exclusive; null: to the end). */
export interface PersonRange {
  from: string;
  to: string | null;
}

/** `parts` ranges of about equal size of the (random) person ids. */
export function personRanges(parts: number): PersonRange[] {
  const bound = (i: number) => `${Math.floor((i * 0x1_0000_0000) / parts).toString(16).padStart(8, "0")}-0000-0000-0000-000000000000`;
  return Array.from({ length: parts }, (_, i) => ({ from: bound(i), to: i === parts - 1 ? null : bound(i + 1) }));
}

export interface EntryMismatch {
  settlementId: string;
  personId: string;
  accountPersonId: string | null;
  year: number;
  status: string;
  acct: number;
  paymentFen: number | null;
  paymentAccount: string | null;
  refundFen: number | null;
  refundAccount: string | null;
}

/**
 * The settlements whose account payment or refund does not have exactly its entry (−acct_pay,
 * and +acct_pay once reversed) on the paying account: at most `limit` of them, and how many.
 * One pass over each table on the database (the entries are keyed by settlement, not by person).
 */
export async function settlementsWithWrongEntries(db: Db, limit: number): Promise<{ count: number; first: EntryMismatch[] }> {
  const result = (await db.execute(sql`
    with wrong as (
      select s.id as "settlementId", s.person_id as "personId", s.account_person_id as "accountPersonId", s.year, s.status,
        s.acct_pay_fen as acct, p.amount_fen as "paymentFen", p.account_person_id as "paymentAccount",
        r.amount_fen as "refundFen", r.account_person_id as "refundAccount"
      from ${settlements} s
      left join ${accountEntries} p on p.settlement_id = s.id and p.kind = 'settlement'
      left join ${accountEntries} r on r.settlement_id = s.id and r.kind = 'reversal'
      where coalesce(-p.amount_fen, 0) <> s.acct_pay_fen
        or coalesce(r.amount_fen, 0) <> case when s.status = 'reversed' then s.acct_pay_fen else 0 end
        or (p.account_person_id is not null and p.account_person_id is distinct from s.account_person_id)
        or (r.account_person_id is not null and r.account_person_id is distinct from s.account_person_id)
    )
    select (select count(*)::int from wrong) as count,
      (select coalesce(json_agg(w), '[]') from (select * from wrong order by "settlementId" limit ${limit}) w) as first`)) as unknown as {
    rows: { count: number; first: EntryMismatch[] | string }[];
  };
  const row = result.rows[0]!;
  const first = fromJson<EntryMismatch[]>(row.first);
  const fen = (n: number | string | null) => (n === null ? null : Number(n));
  return { count: row.count, first: first.map((m) => ({ ...m, acct: Number(m.acct), paymentFen: fen(m.paymentFen), refundFen: fen(m.refundFen) })) };
}

/**
 * The settlements whose status says otherwise than settlement_reversals (reversed with no
 * reversal, or settled with one): at most `limit` of them, and how many. One join on the database.
 */
export async function settlementsWhoseStatusDisagrees(db: Db, limit: number): Promise<{ count: number; first: Array<{ settlementId: string; personId: string; year: number; status: string; reversed: boolean }> }> {
  const result = (await db.execute(sql`
    with wrong as (
      select s.id as "settlementId", s.person_id as "personId", s.year, s.status, r.settlement_id is not null as reversed
      from ${settlements} s left join ${settlementReversals} r on r.settlement_id = s.id
      where (s.status = 'reversed') <> (r.settlement_id is not null)
    )
    select (select count(*)::int from wrong) as count,
      (select coalesce(json_agg(w), '[]') from (select * from wrong order by "settlementId" limit ${limit}) w) as first`)) as unknown as {
    rows: { count: number; first: Array<{ settlementId: string; personId: string; year: number; status: string; reversed: boolean }> | string }[];
  };
  const row = result.rows[0]!;
  return { count: row.count, first: fromJson(row.first) };
}

export interface AccountTotals {
  accountPersonId: string;
  moneyIn: number;
  paid: number;
  refunded: number;
  balance: number;
  /** The account's running balance (account_balances); 0 when it has none. */
  running: number;
}

/**
 * Every personal account's money in, the account payments and refunds of the settlements it
 * paid (from the settlements' own acct_pay), the sum of its entries and its running balance;
 * only the accounts whose balance does not add up, is negative or differs from the running
 * balance are returned (at most `limit`), with the number
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
      select coalesce(entries.id, paid.id, running.id) as "accountPersonId", coalesce(money_in, 0) as "moneyIn", coalesce(paid, 0) as paid,
        coalesce(refunded, 0) as refunded, coalesce(balance, 0) as balance, coalesce(running.balance_fen, 0) as running
      from entries full join paid on paid.id = entries.id
      full join (select ${accountBalances.accountPersonId} as id, ${accountBalances.balanceFen} as balance_fen from ${accountBalances}) running
        on running.id = coalesce(entries.id, paid.id)
    )
    select (select count(*)::int from totals) as accounts,
      (select coalesce(json_agg(t), '[]') from (
        select * from totals where "moneyIn" - paid + refunded <> balance or balance < 0 or running <> balance order by "accountPersonId" limit ${limit}
      ) t) as failing`)) as unknown as { rows: { accounts: number; failing: AccountTotals[] | string }[] };
  const row = result.rows[0]!;
  // json_agg comes back parsed from node-postgres and PGlite alike; numbers stay exact (fen < 2^53).
  const failing = (typeof row.failing === "string" ? JSON.parse(row.failing) : row.failing) as AccountTotals[];
  return { accounts: row.accounts, failing: failing.map((a) => ({ ...a, moneyIn: Number(a.moneyIn), paid: Number(a.paid), refunded: Number(a.refunded), balance: Number(a.balance), running: Number(a.running) })) };
}

import { randomUUID } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { accountBalances, type AccountEntryKind } from "@/lib/db/schema";
import type { Fen } from "@/lib/reimbursement";

/**
 * The personal account's balance: its running balance (account_balances), which every entry
 * added through `appendAccountEntries` moves in the same statement. One row read, however many
 * entries the account has; `npm run ledger:verify` checks it against the sum of the entries.
 */
export async function accountBalance(db: Db, accountPersonId: string): Promise<Fen> {
  const [row] = await db.select({ balance: accountBalances.balanceFen }).from(accountBalances).where(eq(accountBalances.accountPersonId, accountPersonId));
  return row?.balance ?? 0;
}

export interface NewAccountEntry {
  accountPersonId: string;
  beneficiaryPersonId: string | null;
  kind: AccountEntryKind;
  amountFen: Fen;
  settlementId: string | null;
  createdAt: Date;
  /** Stable ids let the demo seed run twice without adding entries twice. */
  id?: string;
}

// Seven parameters a row: well under PostgreSQL's 65,535 parameters a statement.
const ROWS_PER_STATEMENT = 1_000;

/**
 * Appends entries and moves their accounts' running balances by the same amounts, in one
 * statement per thousand entries (so one round trip for a settlement's entry). Entries are never
 * updated or deleted. `skipExisting`: an entry whose id (or settlement and kind) is already there
 * is left out, and so is its amount — the seed's way of running twice.
 */
export async function appendAccountEntries(db: Db, entries: ReadonlyArray<NewAccountEntry>, { skipExisting = false } = {}): Promise<void> {
  for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
    await db.execute(sql`with ${accountEntryWrites(entries.slice(start, start + ROWS_PER_STATEMENT), { skipExisting })} select 1`);
  }
}

/**
 * The two parts of a data-modifying WITH that append `entries` and move their accounts' running
 * balances by the same amounts (`with <these> select …`): a statement of its own for
 * appendAccountEntries, or part of the settlement's one write statement.
 */
export function accountEntryWrites(entries: ReadonlyArray<NewAccountEntry>, { skipExisting = false } = {}): SQL {
  const values = sql.join(
    entries.map(
      (e) =>
        sql`(${e.id ?? randomUUID()}::uuid, ${e.accountPersonId}::uuid, ${e.beneficiaryPersonId}::uuid, ${e.kind}, ${e.amountFen}::bigint, ${e.settlementId}::uuid, ${e.createdAt.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  return sql`account_entries_added as (
      insert into account_entries (id, account_person_id, beneficiary_person_id, kind, amount_fen, settlement_id, created_at)
      values ${values} ${skipExisting ? sql`on conflict do nothing` : sql``}
      returning account_person_id, amount_fen
    ),
    account_balances_moved as (
      insert into account_balances (account_person_id, balance_fen)
      select account_person_id, sum(amount_fen)::bigint from account_entries_added group by account_person_id
      on conflict (account_person_id) do update set balance_fen = account_balances.balance_fen + excluded.balance_fen
      returning account_person_id
    )`;
}

/** Appends one entry and moves its account's running balance (one statement). */
export async function appendAccountEntry(db: Db, entry: NewAccountEntry): Promise<void> {
  await appendAccountEntries(db, [entry]);
}

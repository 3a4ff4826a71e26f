import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { accountEntries, type AccountEntryKind } from "@/lib/db/schema";
import type { Fen } from "@/lib/reimbursement";

/** The personal account's balance: the sum of its entries (never stored on its own). */
export async function accountBalance(db: Db, accountPersonId: string): Promise<Fen> {
  const [row] = await db
    .select({ balance: sql<string | number>`coalesce(sum(${accountEntries.amountFen}), 0)` })
    .from(accountEntries)
    .where(eq(accountEntries.accountPersonId, accountPersonId));
  return Number(row?.balance ?? 0);
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

/** Appends one entry; entries are never updated or deleted. */
export async function appendAccountEntry(db: Db, entry: NewAccountEntry): Promise<void> {
  await db.insert(accountEntries).values(entry);
}

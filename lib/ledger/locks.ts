import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { ledgerHeads } from "@/lib/db/schema";

/**
 * Serialises ledger writes per person: one upsert per person creates the head row if missing and
 * otherwise takes its row lock (ON CONFLICT DO UPDATE locks the row like SELECT … FOR UPDATE,
 * waiting for any transaction that holds it). People are locked in ascending id order, so two
 * settlements that lock the same two people (one paid from the other's account, 家庭共济) can
 * never deadlock. Held until the transaction ends. PGlite runs one transaction at a time, so
 * there the lock never waits; the code is the same.
 */
export async function lockLedgers(tx: Db, personIds: ReadonlyArray<string>, now: Date): Promise<void> {
  for (const personId of [...new Set(personIds)].sort()) {
    await tx
      .insert(ledgerHeads)
      .values({ personId, revision: 0, changedAt: now })
      .onConflictDoUpdate({ target: ledgerHeads.personId, set: { revision: sql`${ledgerHeads.revision}` } });
  }
}

/** Records a change of these people's ledgers: the time it happened becomes their "as of". */
export async function markLedgersChanged(tx: Db, personIds: ReadonlyArray<string>, now: Date): Promise<void> {
  const ids = [...new Set(personIds)];
  await tx
    .update(ledgerHeads)
    .set({ revision: sql`${ledgerHeads.revision} + 1`, changedAt: now })
    .where(inArray(ledgerHeads.personId, ids));
}

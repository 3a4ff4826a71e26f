import { eq } from "drizzle-orm";
import { runTransaction, type Db } from "@/lib/db";
import { terminals } from "@/lib/db/schema";
import { settlementReversals, settlements } from "@/lib/db/schema";
import { appendAccountEntry } from "./account";
import { combineAccumulators, hasNegativeFigure, loadAccumulators, saveAccumulators, settlementIncrement } from "./accumulators";
import { alreadyReversed, invalidSettlementRequest, settlementNotFound } from "./errors";
import { isUniqueViolation } from "./idempotency";
import { lockLedgers, markLedgersChanged } from "./locks";
import { loadLedgerSettlement, type LedgerSettlement } from "./records";
import { reverseInputSchema, type ReverseInput } from "./settle-input";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A terminal may reverse what its own facility settled; the app (no terminal) may reverse anything. */
async function terminalMayReverse(tx: Db, terminalId: string | undefined, settlement: { terminalId: string | null; facilityId: string }): Promise<boolean> {
  if (terminalId === undefined || terminalId === settlement.terminalId) return true;
  const [terminal] = await tx.select({ facilityId: terminals.facilityId }).from(terminals).where(eq(terminals.id, terminalId));
  return terminal?.facilityId === settlement.facilityId;
}

/**
 * Reverses a settlement (冲正), once: subtracts exactly what it added to the person's
 * accumulators of its year, pays its personal-account amount back into the account that paid,
 * and marks it reversed — all in one transaction under the same ledger locks as settling.
 *
 * A settlement that is not the person's latest that year is reversed the same way, by its own
 * amounts; later settlements keep the figures they were computed with (they are not
 * recomputed). A second reversal is refused, by the check here and by the database's primary
 * key on settlement_reversals.
 */
export async function reverse(db: Db, settlementId: string, rawInput: ReverseInput): Promise<LedgerSettlement> {
  const parsed = reverseInputSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidSettlementRequest("reason");
  const { reason, terminalId, now } = parsed.data;
  if (!UUID.test(settlementId)) throw settlementNotFound();
  try {
    await runTransaction(db, async (tx) => {
      const [head] = await tx
        .select({ personId: settlements.personId, accountPersonId: settlements.accountPersonId, terminalId: settlements.terminalId, facilityId: settlements.facilityId })
        .from(settlements)
        .where(eq(settlements.id, settlementId));
      if (!head || !(await terminalMayReverse(tx, terminalId, head))) throw settlementNotFound();
      await lockLedgers(tx, [head.personId, head.accountPersonId ?? head.personId], now);

      const settlement = await loadLedgerSettlement(tx, settlementId);
      if (!settlement) throw settlementNotFound();
      if (settlement.status === "reversed" || settlement.reversal) throw alreadyReversed();
      await tx.insert(settlementReversals).values({ settlementId, reversedAt: now, reason, terminalId: terminalId ?? null });

      const current = await loadAccumulators(tx, settlement.personId, settlement.year);
      const restored = combineAccumulators(current, settlementIncrement(settlement.accumulatorsBefore, settlement.accumulatorsAfter), -1);
      if (hasNegativeFigure(restored)) {
        // Only possible if stored accumulators were changed outside the ledger; refuse rather than hide it.
        throw new Error(`ledger inconsistent: reversing ${settlementId} would make accumulators negative`);
      }
      await saveAccumulators(tx, settlement.personId, settlement.year, current, restored);
      const paid = settlement.amounts.acct_pay;
      if (settlement.accountPersonId !== null && paid > 0) {
        await appendAccountEntry(tx, {
          accountPersonId: settlement.accountPersonId,
          beneficiaryPersonId: settlement.personId,
          kind: "reversal",
          amountFen: paid,
          settlementId,
          createdAt: now,
        });
      }
      await tx.update(settlements).set({ status: "reversed" }).where(eq(settlements.id, settlementId));
      await markLedgersChanged(tx, [settlement.personId, settlement.accountPersonId ?? settlement.personId], now);
    });
  } catch (error) {
    // Two reversals racing past the status check: the database keeps only one.
    if (isUniqueViolation(error, "settlement_reversals_pkey") || isUniqueViolation(error, "account_entries_one_per_settlement_kind")) throw alreadyReversed();
    throw error;
  }
  const reversed = await loadLedgerSettlement(db, settlementId);
  if (!reversed) throw settlementNotFound();
  return reversed;
}

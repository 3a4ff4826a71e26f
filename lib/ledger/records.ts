import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { jsonRow, type Db, type SqlValue } from "@/lib/db";
import { settlementLines, settlementReversals, settlements, type SettlementStatus } from "@/lib/db/schema";
import type { Accumulators, PolicyReference, SettlementAmounts, Step, Visit } from "@/lib/reimbursement";

/** A settlement as the ledger keeps it: for the counter, the tests and the data functions. */
export interface LedgerSettlement {
  id: string;
  personId: string;
  facilityId: string;
  terminalId: string | null;
  accountPersonId: string | null;
  serviceDate: string;
  year: number;
  idempotencyKey: string;
  status: SettlementStatus;
  policy: PolicyReference;
  visit: Visit;
  bucket: string | null;
  amounts: SettlementAmounts;
  accumulatorsBefore: Accumulators;
  accumulatorsAfter: Accumulators;
  steps: Step[];
  explanation: { zh: string[]; en: string[] };
  lines: Array<{ lineNo: number; code: string | null; name: string | null; itemClass: "A" | "B" | "C"; quantity: number; amountFen: number }>;
  /** ISO instant. */
  createdAt: string;
  reversal: { reversedAt: string; reason: string; terminalId: string | null } | null;
}

/** One stored settlement, or null. */
export async function loadLedgerSettlement(db: Db, id: string): Promise<LedgerSettlement | null> {
  const [row] = await db
    .select({ settlement: settlements, reversal: settlementReversals })
    .from(settlements)
    .leftJoin(settlementReversals, eq(settlementReversals.settlementId, settlements.id))
    .where(eq(settlements.id, id));
  if (!row) return null;
  const lines = await db
    .select({ lineNo: settlementLines.lineNo, code: settlementLines.code, name: settlementLines.name, itemClass: settlementLines.itemClass, quantity: settlementLines.quantity, amountFen: settlementLines.amountFen })
    .from(settlementLines)
    .where(eq(settlementLines.settlementId, id))
    .orderBy(asc(settlementLines.lineNo));
  const s = row.settlement;
  return {
    id: s.id,
    personId: s.personId,
    facilityId: s.facilityId,
    terminalId: s.terminalId,
    accountPersonId: s.accountPersonId,
    serviceDate: s.serviceDate,
    year: s.year,
    idempotencyKey: s.idempotencyKey,
    status: s.status,
    policy: s.result.policy,
    visit: s.visit,
    bucket: s.bucket,
    amounts: s.result.amounts,
    accumulatorsBefore: s.accumulatorsBefore,
    accumulatorsAfter: s.result.accumulatorsAfter,
    steps: s.result.steps,
    explanation: s.explanation,
    lines,
    createdAt: s.createdAt.toISOString(),
    reversal: row.reversal ? { reversedAt: row.reversal.reversedAt.toISOString(), reason: row.reversal.reason, terminalId: row.reversal.terminalId } : null,
  };
}

function madeUnderKey(terminalId: string | null, idempotencyKey: string) {
  return and(terminalId === null ? isNull(settlements.terminalId) : eq(settlements.terminalId, terminalId), eq(settlements.idempotencyKey, idempotencyKey));
}

/** The settlement made under an idempotency key (per terminal; app-made ones share the null terminal). */
export async function findSettlementIdByKey(db: Db, terminalId: string | null, idempotencyKey: string): Promise<{ id: string; requestHash: string } | null> {
  const [row] = await db.select({ id: settlements.id, requestHash: settlements.requestHash }).from(settlements).where(madeUnderKey(terminalId, idempotencyKey));
  return row ?? null;
}

/**
 * findSettlementIdByKey as one JSON value ({ id, requestHash } or null), to read within a larger
 * statement, with the terminal and key as values or a prepared statement's placeholders;
 * `terminal` false: among the settlements made without one.
 */
export function settlementByKeyStatement(terminal: boolean, terminalId: SqlValue<string>, idempotencyKey: SqlValue<string>): SQL {
  const where = and(terminal ? eq(settlements.terminalId, sql`${terminalId}::uuid`) : isNull(settlements.terminalId), eq(settlements.idempotencyKey, idempotencyKey));
  return sql`(select ${jsonRow({ id: settlements.id, requestHash: settlements.requestHash })} from ${settlements} where ${where})`;
}

import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db";
import { facilities, people, settlementLines, settlementReversals, settlements, type RelationKind, type SettlementStatus } from "@/lib/db/schema";
import { registeredRelation } from "@/lib/family";
import type { SettlementAmounts, VisitKind } from "@/lib/reimbursement";
import { maskName } from "@/lib/privacy";

/** One settled bill in the person's list. */
export interface SettlementListItem {
  id: string;
  serviceDate: string;
  /** ISO instant. */
  createdAt: string;
  status: SettlementStatus;
  visitKind: VisitKind;
  disease: string | null;
  bucket: string | null;
  facility: { name: string; nameEn: string; kind: "clinic" | "pharmacy" | "hospital"; level: number };
  medfeeFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

export interface SettlementPage {
  items: SettlementListItem[];
  /** Pass back to get the next (older) page; null at the end. */
  nextCursor: string | null;
}

/** The full split of one settlement with its explanation. */
export interface SettlementDetail extends SettlementListItem {
  /** Every amount under the national interface's names, in fen. */
  amounts: SettlementAmounts;
  policy: { id: string; version: string; source: string; unverified: boolean };
  lines: Array<{ lineNo: number; code: string | null; name: string | null; itemClass: "A" | "B" | "C"; quantity: number; amountFen: number }>;
  /** One entry per engine step, with its note in both languages. */
  steps: Array<{ rule: string; baseFen: number; amountFen: number; note: { zh: string; en: string }; source: string | null; unverified: boolean }>;
  summary: { zh: string; en: string };
  /** Whose personal account paid: the person's own, or a relative's (masked) through 家庭共济. */
  /** Whose account paid: the person's own, or a relative's through 家庭共济 (who they are to the person). */
  paidFromAccountOf: { self: true } | { self: false; maskedName: string; gender: "female" | "male"; relation: RelationKind | null } | null;
  reversal: { reversedAt: string; reason: string } | null;
}

export const DEFAULT_SETTLEMENT_PAGE = 20;
export const MAX_SETTLEMENT_PAGE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The instants this API writes (toISOString): anything else, e.g. "1" that Date.parse reads as a
// year, would reach PostgreSQL's timestamptz and fail there.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

interface Cursor {
  createdAt: string;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString("base64url");
}

/** A cursor from a client, or null when it is not one this API made. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [createdAt, id] = value as unknown[];
    if (typeof createdAt !== "string" || !INSTANT.test(createdAt) || Number.isNaN(Date.parse(createdAt)) || typeof id !== "string" || !UUID.test(id)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

const listColumns = {
  id: settlements.id,
  serviceDate: settlements.serviceDate,
  createdAt: settlements.createdAt,
  status: settlements.status,
  visitKind: settlements.visitKind,
  disease: settlements.disease,
  bucket: settlements.bucket,
  facilityName: facilities.name,
  facilityNameEn: facilities.nameEn,
  facilityKind: facilities.kind,
  facilityLevel: facilities.level,
  medfeeFen: settlements.medfeeSumamtFen,
  fundFen: settlements.fundPaySumamtFen,
  accountFen: settlements.acctPayFen,
  cashFen: settlements.psnCashPayFen,
};

interface ListRow {
  id: string;
  serviceDate: string;
  createdAt: Date;
  status: SettlementStatus;
  visitKind: string;
  disease: string | null;
  bucket: string | null;
  facilityName: string;
  facilityNameEn: string;
  facilityKind: "clinic" | "pharmacy" | "hospital";
  facilityLevel: number;
  medfeeFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

function listItem(row: ListRow): SettlementListItem {
  return {
    id: row.id,
    serviceDate: row.serviceDate,
    createdAt: row.createdAt.toISOString(),
    status: row.status,
    visitKind: row.visitKind as VisitKind,
    disease: row.disease,
    bucket: row.bucket,
    facility: { name: row.facilityName, nameEn: row.facilityNameEn, kind: row.facilityKind, level: row.facilityLevel },
    medfeeFen: row.medfeeFen,
    fundFen: row.fundFen,
    accountFen: row.accountFen,
    cashFen: row.cashFen,
  };
}

/** The person's settlements, newest first, a page at a time (keyset pagination on time and id). */
export async function listSettlements(db: Db, personId: string, options: { limit?: number; cursor?: string | null } = {}): Promise<SettlementPage> {
  const limit = Math.max(1, Math.min(MAX_SETTLEMENT_PAGE, options.limit ?? DEFAULT_SETTLEMENT_PAGE));
  const cursor = options.cursor ? decodeCursor(options.cursor) : null;
  const rows = await db
    .select(listColumns)
    .from(settlements)
    .innerJoin(facilities, eq(facilities.id, settlements.facilityId))
    .where(
      and(
        eq(settlements.personId, personId),
        cursor ? sql`(${settlements.createdAt}, ${settlements.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(settlements.createdAt), desc(settlements.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(listItem);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null };
}

const payers = alias(people, "payer");

/** One of the person's settlements with its full split and explanation; null for any other id. */
export async function getSettlement(db: Db, personId: string, id: string): Promise<SettlementDetail | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({
      ...listColumns,
      result: settlements.result,
      explanation: settlements.explanation,
      accountPersonId: settlements.accountPersonId,
      payerName: payers.name,
      payerGender: payers.gender,
      reversedAt: settlementReversals.reversedAt,
      reason: settlementReversals.reason,
    })
    .from(settlements)
    .innerJoin(facilities, eq(facilities.id, settlements.facilityId))
    .leftJoin(payers, eq(payers.id, settlements.accountPersonId))
    .leftJoin(settlementReversals, eq(settlementReversals.settlementId, settlements.id))
    .where(and(eq(settlements.id, id), eq(settlements.personId, personId)));
  if (!row) return null;
  const lines = await db
    .select({ lineNo: settlementLines.lineNo, code: settlementLines.code, name: settlementLines.name, itemClass: settlementLines.itemClass, quantity: settlementLines.quantity, amountFen: settlementLines.amountFen })
    .from(settlementLines)
    .where(eq(settlementLines.settlementId, id))
    .orderBy(settlementLines.lineNo);
  const { result, explanation } = row;
  const paidByAccount = row.accountPersonId !== null && result.amounts.acct_pay > 0;
  return {
    ...listItem(row),
    amounts: result.amounts,
    policy: { id: result.policy.id, version: result.policy.version, source: result.policy.source, unverified: result.policy.unverified },
    lines,
    // explanation.zh[0] is the summary; entry i + 1 explains step i.
    steps: result.steps.map((step, index) => ({
      rule: step.rule,
      baseFen: step.base,
      amountFen: step.amount,
      note: { zh: explanation.zh[index + 1] ?? "", en: explanation.en[index + 1] ?? "" },
      source: step.source ?? null,
      unverified: step.unverified === true,
    })),
    summary: { zh: explanation.zh[0] ?? "", en: explanation.en[0] ?? "" },
    paidFromAccountOf:
      !paidByAccount || row.accountPersonId === null
        ? null
        : row.accountPersonId === personId
          ? { self: true }
          : { self: false, maskedName: maskName(row.payerName ?? ""), gender: row.payerGender ?? "female", relation: await registeredRelation(db, personId, row.accountPersonId) },
    reversal: row.reversedAt !== null && row.reason !== null ? { reversedAt: row.reversedAt.toISOString(), reason: row.reason } : null,
  };
}

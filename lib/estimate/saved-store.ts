import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { savedEstimates } from "@/lib/db/schema";
import { parseYuan, type EstimateResponse, type SettlementAmounts } from "@/lib/reimbursement";
import type { EstimateContext, EstimateFigures, EstimateLineView } from "./state";

export interface SavedEstimateDto {
  id: string;
  personId: string;
  figures: EstimateFigures;
  context: EstimateContext | null;
  /** The bill's lines (empty for estimates saved before lines were kept). */
  lines: EstimateLineView[];
  /** The form's values as posted, to estimate again from them. */
  values: Record<string, string>;
  createdAt: string;
  /** Until when its share link opens; null when it is not shared (or the link has expired or was withdrawn). */
  sharedUntil: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the request column holds: the form's values as posted, and what the result showed about them. */
interface StoredRequest {
  values?: Record<string, string>;
  context: EstimateContext | null;
  lines?: EstimateLineView[];
}

/** Stores an estimate for `personId`; the id is random (gen_random_uuid), the only thing a link carries. */
export async function insertSavedEstimate(
  db: Db,
  input: { personId: string; createdByUserId: string; values: Record<string, string>; context: EstimateContext | null; lines: EstimateLineView[]; figures: EstimateFigures },
): Promise<string> {
  const stored: StoredRequest = { values: input.values, context: input.context, lines: input.lines };
  const [row] = await db
    .insert(savedEstimates)
    .values({ personId: input.personId, createdByUserId: input.createdByUserId, request: stored, response: input.figures })
    .returning({ id: savedEstimates.id });
  if (!row) throw new Error("saved estimate was not stored");
  return row.id;
}

/** A figure the estimate contract wrote in yuan (exact to the fen), back in fen through its decimal text. */
function fenOfYuan(value: unknown): number {
  if (typeof value !== "number") return 0;
  const parsed = parseYuan(value.toFixed(2));
  return parsed.ok ? parsed.value : 0;
}

/**
 * The stored figures: in fen since estimates are quotes of the ledger; estimates saved before
 * that hold the contract's response in yuan, read here into the same figures.
 */
function figuresOf(response: unknown): EstimateFigures {
  const stored = response as Partial<EstimateFigures> & Partial<EstimateResponse>;
  if (stored.amounts) return stored as EstimateFigures;
  const legacy = stored as EstimateResponse;
  const fields = ["medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay", "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc", "hifp_pay", "hifmi_pay", "hifob_pay", "maf_pay", "fund_pay_sumamt", "psn_part_amt", "acct_pay", "acct_mulaid_pay", "psn_cash_pay", "balc"] as const;
  const amounts = Object.fromEntries(fields.map((field) => [field, fenOfYuan(legacy[field])])) as unknown as SettlementAmounts;
  return { amounts, policy: legacy.policy, explanation: legacy.explanation ?? { zh: [], en: [] } };
}

type SavedEstimateRow = typeof savedEstimates.$inferSelect;

/** A stored row as the screens read it; `now` decides whether its share link is still open. */
export function savedEstimateOf(row: SavedEstimateRow, now: Date): SavedEstimateDto {
  const stored = row.request as StoredRequest;
  const shared = row.shareTokenHash !== null && row.shareExpiresAt !== null && row.shareExpiresAt > now;
  return {
    id: row.id,
    personId: row.personId,
    figures: figuresOf(row.response),
    context: stored.context ?? null,
    lines: Array.isArray(stored.lines) ? stored.lines : [],
    values: stored.values ?? {},
    createdAt: row.createdAt.toISOString(),
    sharedUntil: shared ? row.shareExpiresAt!.toISOString() : null,
  };
}

/** A saved estimate by id, or null; the caller authorises access to its `personId` before showing it. */
export async function findSavedEstimate(db: Db, id: string, now: Date = new Date()): Promise<SavedEstimateDto | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select().from(savedEstimates).where(eq(savedEstimates.id, id));
  return row ? savedEstimateOf(row, now) : null;
}

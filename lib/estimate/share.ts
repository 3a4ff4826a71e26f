import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { savedEstimates } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { getMaskedName } from "@/lib/people";
import { savedEstimateOf } from "./saved-store";
import type { EstimateContext, EstimateFigures, EstimateLineView } from "./state";

/** A share link opens for a week: long enough for a relative to look, short enough to be forgotten safely. */
export const SHARE_LINK_DAYS = 7;
const SHARE_LINK_MS = SHARE_LINK_DAYS * 24 * 60 * 60 * 1000;
/** 32 random bytes as base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * What a share link shows: the estimate's lines, figures and circumstances, and the person only
 * as a masked name. No person id, no account balance, no national id, no phone number.
 */
export interface SharedEstimateDto {
  maskedName: string;
  figures: EstimateFigures;
  context: Omit<EstimateContext, "personId" | "account"> | null;
  lines: EstimateLineView[];
  createdAt: string;
  expiresAt: string;
}

/**
 * Makes a new read-only link to a saved estimate of `personId` (whom the request context
 * authorised): a random token, of which only the hash is stored; a new link replaces the old one.
 * Someone else's estimate, or a missing one, reads "not found".
 */
export async function shareSavedEstimate(db: Db, personId: string, id: string, now: Date): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SHARE_LINK_MS);
  const updated = await db
    .update(savedEstimates)
    .set({ shareTokenHash: hashOf(token), shareExpiresAt: expiresAt })
    .where(and(eq(savedEstimates.id, id), eq(savedEstimates.personId, personId)))
    .returning({ id: savedEstimates.id });
  if (updated.length === 0) throw new DomainError("estimate_not_found");
  return { token, expiresAt: expiresAt.toISOString() };
}

/** Withdraws the share link of a saved estimate of `personId`: the link stops opening at once. */
export async function stopSharingEstimate(db: Db, personId: string, id: string): Promise<void> {
  const updated = await db
    .update(savedEstimates)
    .set({ shareTokenHash: null, shareExpiresAt: null })
    .where(and(eq(savedEstimates.id, id), eq(savedEstimates.personId, personId)))
    .returning({ id: savedEstimates.id });
  if (updated.length === 0) throw new DomainError("estimate_not_found");
}

/** The estimate a share link opens, or null for an unknown, withdrawn or expired link (they read the same). */
export async function openSharedEstimate(db: Db, token: string, now: Date): Promise<SharedEstimateDto | null> {
  if (!TOKEN.test(token)) return null;
  const [row] = await db
    .select()
    .from(savedEstimates)
    .where(and(eq(savedEstimates.shareTokenHash, hashOf(token)), gt(savedEstimates.shareExpiresAt, now)));
  if (!row) return null;
  const saved = savedEstimateOf(row, now);
  const maskedName = await getMaskedName(db, saved.personId);
  if (maskedName === null) return null;
  let context: SharedEstimateDto["context"] = null;
  if (saved.context) {
    const { personId: _personId, account: _account, ...shown } = saved.context;
    context = shown;
  }
  return { maskedName, figures: saved.figures, context, lines: saved.lines, createdAt: saved.createdAt, expiresAt: row.shareExpiresAt!.toISOString() };
}

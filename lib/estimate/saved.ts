import "server-only";
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { runEstimate } from "./run-estimate";
import { findSavedEstimate, insertSavedEstimate, type SavedEstimateDto } from "./saved-store";

/**
 * Saves an estimate for `personId` (whom the request context authorised for "estimate"). It is
 * worked out again here from the form's values, so what is stored is the engine's answer, not
 * what a browser sent.
 */
export async function saveEstimate(db: Db, personId: string, createdByUserId: string, values: Record<string, string>, now: Date): Promise<string> {
  const run = await runEstimate(db, personId, values, { now });
  if (!run.ok) throw new DomainError("estimate_not_saved");
  return insertSavedEstimate(db, { personId, createdByUserId, values, context: run.view.context, lines: run.view.lines, figures: run.view.figures });
}

/** Whose a saved estimate is (for the request context to authorise), or null when there is none. */
export async function savedEstimateOwner(db: Db, id: string): Promise<string | null> {
  return (await findSavedEstimate(db, id))?.personId ?? null;
}

/** A saved estimate of `personId`; another person's, or a missing one, reads "not found" (no probing). */
export async function openSavedEstimate(db: Db, personId: string, id: string, now: Date): Promise<SavedEstimateDto> {
  const saved = await findSavedEstimate(db, id, now);
  if (!saved || saved.personId !== personId) throw new DomainError("estimate_not_found");
  return saved;
}

/** The form values of a saved estimate of `personId`, to estimate again from them; null when there is no such estimate. */
export async function savedEstimateValues(db: Db, personId: string, id: string, now: Date): Promise<Record<string, string> | null> {
  const saved = await findSavedEstimate(db, id, now);
  return saved && saved.personId === personId ? saved.values : null;
}

import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { EstimateRequestInput } from "@/lib/reimbursement";
import { estimateWithCatalogue } from "./run-estimate";
import { findSavedEstimate, insertSavedEstimate, type SavedEstimateDto } from "./saved-store";
import type { EstimateContext } from "./state";

/** The share form's input: the request as shown, and what the result showed about it. */
export const saveEstimateSchema = z.object({
  request: z.string().min(2).max(200_000),
  context: z.string().max(4_000).optional(),
});

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError("estimate_not_saved");
  }
}

const contextSchema = z.object({
  personId: z.string(),
  facility: z.object({ name: z.string().max(200), nameEn: z.string().max(200), level: z.number().int() }).nullable(),
  chosenClinic: z.enum(["chosen", "alliance", "referred", "other"]).nullable(),
  crossRegion: z.enum(["none", "filed", "unfiled_referral", "unfiled_other"]),
  accumulatorsMode: z.enum(["ledger", "whatif"]),
});

/**
 * Saves an estimate for `personId` (whom the request context authorised for "estimate"). The
 * settlement is worked out again from the request here, so what is stored is the engine's
 * answer, not what a client sent.
 */
export async function saveEstimate(db: Db, personId: string, createdByUserId: string, input: z.input<typeof saveEstimateSchema>): Promise<string> {
  const parsed = saveEstimateSchema.safeParse(input);
  if (!parsed.success) throw new DomainError("estimate_not_saved");
  const request = parseJson(parsed.data.request);
  const result = await estimateWithCatalogue(db, request);
  if (!result.ok) throw new DomainError("estimate_not_saved");
  const context = contextSchema.safeParse(parseJson(parsed.data.context));
  return insertSavedEstimate(db, {
    personId,
    createdByUserId,
    request: request as EstimateRequestInput,
    context: context.success ? ({ ...context.data, personId } satisfies EstimateContext) : null,
    response: result.response,
  });
}

/** Whose a saved estimate is (for the request context to authorise), or null when there is none. */
export async function savedEstimateOwner(db: Db, id: string): Promise<string | null> {
  return (await findSavedEstimate(db, id))?.personId ?? null;
}

/** A saved estimate of `personId`; another person's, or a missing one, reads "not found" (no probing). */
export async function openSavedEstimate(db: Db, personId: string, id: string): Promise<SavedEstimateDto> {
  const saved = await findSavedEstimate(db, id);
  if (!saved || saved.personId !== personId) throw new DomainError("estimate_not_found");
  return saved;
}

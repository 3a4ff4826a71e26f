import "server-only";
import { z } from "zod";
import { authorisePersonAccess } from "@/lib/family/access";
import { findSavedEstimate, insertSavedEstimate, type SavedEstimateDto } from "./saved-store";
import type { Db } from "@/lib/db/open";
import { DomainError, isDomainError } from "@/lib/errors/domain-error";
import type { EstimateRequestInput } from "@/lib/reimbursement";
import { estimateWithCatalogue, type EstimateUser } from "./run-estimate";
import type { EstimateContext } from "./state";

/** The share form's input: whose estimate, the request as shown, and what the result showed about it. */
export const saveEstimateSchema = z.object({
  personId: z.uuid(),
  request: z.string().min(2).max(200_000),
  context: z.string().max(4_000).optional(),
});

export const savedEstimateNotFound = new DomainError(
  "not_found",
  { zh: "没有找到这份估算，或你无权查看。", en: "This estimate was not found, or you may not view it." },
  404,
);

const invalidSave = new DomainError("invalid_request", { zh: "无法保存这份估算。", en: "This estimate cannot be saved." }, 400);

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidSave;
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
 * Saves an estimate for a person the user may estimate for. The settlement is worked out again
 * from the request here, so what is stored is the engine's answer, not what a client sent.
 */
export async function saveEstimateForUser(db: Db, user: EstimateUser, input: z.input<typeof saveEstimateSchema>): Promise<string> {
  const parsed = saveEstimateSchema.safeParse(input);
  if (!parsed.success) throw invalidSave;
  const { personId } = parsed.data;
  await authorisePersonAccess(db, user, personId, "estimate");
  const request = parseJson(parsed.data.request);
  const result = await estimateWithCatalogue(db, request);
  if (!result.ok) throw invalidSave;
  const context = contextSchema.safeParse(parseJson(parsed.data.context));
  return insertSavedEstimate(db, {
    personId,
    createdByUserId: user.userId,
    request: request as EstimateRequestInput,
    context: context.success ? ({ ...context.data, personId } satisfies EstimateContext) : null,
    response: result.response,
  });
}

/** A saved estimate the user may see; a missing one and a forbidden one look the same (no probing). */
export async function openSavedEstimate(db: Db, user: EstimateUser, id: string): Promise<SavedEstimateDto> {
  const saved = await findSavedEstimate(db, id);
  if (!saved) throw savedEstimateNotFound;
  try {
    await authorisePersonAccess(db, user, saved.personId, "estimate");
  } catch (error) {
    if (isDomainError(error) && error.status === 403) throw savedEstimateNotFound;
    throw error;
  }
  return saved;
}

import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { savedEstimates } from "@/lib/db/schema";
import type { EstimateRequestInput, EstimateResponse } from "@/lib/reimbursement";
import type { EstimateContext } from "./state";

export interface SavedEstimateDto {
  id: string;
  personId: string;
  request: EstimateRequestInput;
  response: EstimateResponse;
  context: EstimateContext | null;
  createdAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StoredRequest {
  request: EstimateRequestInput;
  context: EstimateContext | null;
}

/** Stores an estimate for `personId`; the id is random (gen_random_uuid), the only thing a link carries. */
export async function insertSavedEstimate(
  db: Db,
  input: { personId: string; createdByUserId: string; request: EstimateRequestInput; context: EstimateContext | null; response: EstimateResponse },
): Promise<string> {
  const stored: StoredRequest = { request: input.request, context: input.context };
  const [row] = await db
    .insert(savedEstimates)
    .values({ personId: input.personId, createdByUserId: input.createdByUserId, request: stored, response: input.response })
    .returning({ id: savedEstimates.id });
  if (!row) throw new Error("saved estimate was not stored");
  return row.id;
}

/** A saved estimate by id, or null; the caller authorises access to its `personId` before showing it. */
export async function findSavedEstimate(db: Db, id: string): Promise<SavedEstimateDto | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select().from(savedEstimates).where(eq(savedEstimates.id, id));
  if (!row) return null;
  const stored = row.request as StoredRequest;
  return {
    id: row.id,
    personId: row.personId,
    request: stored.request,
    context: stored.context ?? null,
    response: row.response as EstimateResponse,
    createdAt: row.createdAt.toISOString(),
  };
}

import { clientAddress, getSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { handleEstimatePost } from "@/lib/estimate/api";

/** POST /api/v1/estimate — one reimbursement estimate (docs/api.md, docs/estimate-contract.md). */
export async function POST(request: Request): Promise<Response> {
  const { db } = await getDb();
  return handleEstimatePost(request, db, await getSessionUser(), { address: await clientAddress(), now: new Date() });
}

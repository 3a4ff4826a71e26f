import { handleGetEntitlements } from "@/lib/api/me-ledger";
import { getSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";

/** GET /api/v1/me/entitlements[?year=&personId=] — the signed-in person's entitlements this year. */
export async function GET(request: Request): Promise<Response> {
  const { db } = await getDb();
  return handleGetEntitlements(request, db, await getSessionUser(), new Date());
}

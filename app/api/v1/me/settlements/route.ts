import { handleListSettlements } from "@/lib/api/me-ledger";
import { getSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";

/** GET /api/v1/me/settlements[?limit=&cursor=&personId=] — the signed-in person's settlements, newest first. */
export async function GET(request: Request): Promise<Response> {
  const { db } = await getDb();
  return handleListSettlements(request, db, await getSessionUser());
}

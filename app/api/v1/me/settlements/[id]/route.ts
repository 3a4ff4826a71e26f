import { handleGetSettlement } from "@/lib/api/me-ledger";
import { getSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";

/** GET /api/v1/me/settlements/{id} — one of the signed-in person's settlements with its full split and explanation. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const { db } = await getDb();
  return handleGetSettlement(request, db, await getSessionUser(), id);
}

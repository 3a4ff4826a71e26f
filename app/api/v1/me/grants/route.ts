import { getSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { handleListGrants } from "@/lib/family/grants-api";

/** GET /api/v1/me/grants — family grants given and received by the signed-in account. */
export async function GET(): Promise<Response> {
  const { db } = await getDb();
  return handleListGrants(db, await getSessionUser(), new Date());
}

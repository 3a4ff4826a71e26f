import { clientAddress } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { handleCatalogueSearch } from "@/lib/estimate/api";

/** GET /api/v1/catalogue/search?q=&limit= — the drug and service catalogue, public (docs/api.md). */
export async function GET(request: Request): Promise<Response> {
  const { db } = await getDb();
  return handleCatalogueSearch(request, db, { address: await clientAddress(), now: new Date() });
}

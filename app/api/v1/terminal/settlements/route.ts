import { handleCreateSettlement } from "@/lib/api/terminal-settlement-handlers";
import { getDb } from "@/lib/db/client";

/** A counter terminal settles a bill after a verified scan (docs/api.md). */
export async function POST(request: Request) {
  const { db } = await getDb();
  return handleCreateSettlement(request, db, new Date());
}

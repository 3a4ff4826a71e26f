import { handleGetSettlement } from "@/lib/api/terminal-settlement-handlers";
import { getDb } from "@/lib/db/client";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { db } = await getDb();
  return handleGetSettlement(request, db, (await params).id);
}

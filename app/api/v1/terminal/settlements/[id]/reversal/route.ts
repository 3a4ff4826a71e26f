import { handleReverseSettlement } from "@/lib/api/terminal-settlement-handlers";
import { getDb } from "@/lib/db/client";

/** Reverses a mistaken settlement, once (docs/api.md). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { db } = await getDb();
  return handleReverseSettlement(request, db, (await params).id, new Date());
}

import { handleVerifyVoucher } from "@/lib/api/terminal-handlers";
import { getDb } from "@/lib/db/client";

/** A counter terminal verifies a scanned e-voucher code (docs/api.md). */
export async function POST(request: Request) {
  const { db } = await getDb();
  return handleVerifyVoucher(request, db, { now: new Date() });
}

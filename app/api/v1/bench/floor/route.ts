import { getDb, insertBenchFloorRow } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * The floor every counter figure of `npm run bench -- counter` is compared with: a bare route
 * handler that reads a JSON body and does one INSERT. Served only when the benchmark starts the
 * server with BENCH_FLOOR_ROUTE=1; otherwise it is not there.
 */
export async function POST(request: Request) {
  if (!env.BENCH_FLOOR_ROUTE) return new Response(null, { status: 404 });
  const { db } = await getDb();
  const id = await insertBenchFloorRow(db, await request.json());
  return Response.json({ id }, { status: 201 });
}

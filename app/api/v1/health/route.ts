import { getDb, pingDatabase } from "@/lib/db";
import { log } from "@/lib/log";
import packageJson from "@/package.json";

/**
 * Liveness and database reachability for load balancers and the start-up check. Not a request
 * about anyone, so it takes no request context: it asks the database handle directly.
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    const { db, kind } = await getDb();
    await pingDatabase(db);
    return Response.json({ status: "ok", db: kind, version: packageJson.version }, { headers });
  } catch (error) {
    log.error({ err: error }, "health: database check failed");
    return Response.json({ status: "error", version: packageJson.version }, { status: 503, headers });
  }
}

import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import packageJson from "@/package.json";

/** Liveness and database reachability for load balancers and the start-up check. */
export async function GET() {
  try {
    const { db, kind } = await getDb();
    await db.execute(sql`select 1`);
    return NextResponse.json(
      { status: "ok", db: kind, version: packageJson.version },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    console.error("[health] database check failed", error);
    return NextResponse.json({ status: "error", version: packageJson.version }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}

import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { log } from "@/lib/log";
import * as schema from "./schema";

/** A drizzle database over either PGlite or node-postgres; data access is written against this. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  pgliteDataDir?: string;
  /** A PGlite data-dir dump to start from (tests start each database from a migrated dump). */
  pgliteLoadDataDir?: Blob | File;
  /**
   * Run PGlite on a worker thread (lib/db/pglite-thread.ts) instead of the calling one: what the
   * app server does, so that the database's work and the requests' use both cores.
   */
  pgliteThread?: boolean;
}

/** Opens PostgreSQL when a URL is given, otherwise embedded PGlite (in memory when no folder is given). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle client's network error must not crash the process; the next query reconnects.
    pool.on("error", (error) => log.error({ err: error }, "database: idle client error"));
    const db = drizzle(pool, { schema }) as unknown as Db;
    return { db, kind: "postgres", close: () => pool.end() };
  }
  const { drizzle } = await import("drizzle-orm/pglite");
  const dataDir = options.pgliteDataDir ? path.resolve(options.pgliteDataDir) : undefined;
  // PGlite does not create parent folders.
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  if (options.pgliteThread) {
    const { startPGliteThread } = await import("./pglite-thread");
    const client = await startPGliteThread(dataDir, options.pgliteLoadDataDir);
    // The driver asks only for query() and transaction(), which the thread's client answers.
    const db = drizzle(client as unknown as import("@electric-sql/pglite").PGlite, { schema }) as unknown as Db;
    return { db, kind: "pglite", close: () => client.close() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const client = await PGlite.create({ dataDir, loadDataDir: options.pgliteLoadDataDir });
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", close: () => client.close() };
}

import "server-only";
import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { openDatabase, type Database, type Db } from "./open";

/**
 * The app's one database handle. Kept on globalThis so that Next.js module
 * re-evaluation (dev reloads, several route bundles) never opens a second
 * PGlite instance on the same data folder, which PGlite does not allow.
 */
const holder = globalThis as unknown as { __yibaoDb?: Promise<Database> };

export function getDb(): Promise<Database> {
  holder.__yibaoDb ??= openDatabase({
    databaseUrl: env.DATABASE_URL,
    pgliteDataDir: env.PGLITE_DATA_DIR,
    pgliteThread: env.PGLITE_THREAD,
  });
  return holder.__yibaoDb;
}

/**
 * Hands the process a database that is already open, instead of the one the environment names:
 * tests drive the real pages, actions and routes on their own throwaway database this way.
 */
export function provideDatabase(database: Database | null): void {
  if (database === null) delete holder.__yibaoDb;
  else holder.__yibaoDb = Promise.resolve(database);
}

/** A round trip to the database (the health check). */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

export type { Db } from "./open";

import "server-only";
import { openDatabase, type Database } from "./open";
import { env } from "@/lib/env";

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
  });
  return holder.__yibaoDb;
}

export type { Db } from "./open";

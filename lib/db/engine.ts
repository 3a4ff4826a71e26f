import { sql } from "drizzle-orm";
import type { Db } from "./open";

/**
 * Which PostgreSQL-compatible engine the database is. The schema and queries are written for all
 * of them (docs/scaling.md); the few choices that differ per engine are made here, by what the
 * server says it is, so moving engines is configuration, not code.
 */
export type DatabaseEngine = "postgres" | "cockroachdb" | "yugabytedb";

/** Reads the engine from `version()`: CockroachDB names itself, YugabyteDB's version carries "-YB-". */
export function engineFromVersion(version: string): DatabaseEngine {
  if (/cockroachdb/i.test(version)) return "cockroachdb";
  if (/-YB-/.test(version)) return "yugabytedb";
  return "postgres";
}

export async function detectEngine(db: Db): Promise<DatabaseEngine> {
  const result = (await db.execute(sql`select version() as version`)) as unknown as { rows: { version: string }[] };
  return engineFromVersion(result.rows[0]?.version ?? "");
}

/** The catalogue columns searched by prefix (`LIKE 'abc%'`, lib/catalogue/db-search.ts). */
const CATALOGUE_PREFIX_COLUMNS = [
  { index: "catalogue_items_code_search_idx", column: "code_search" },
  { index: "catalogue_items_name_search_idx", column: "name_search" },
  { index: "catalogue_items_initials_idx", column: "pinyin_initials" },
] as const;

/**
 * The catalogue's prefix-search indexes, per engine:
 * - PostgreSQL (and PGlite): btree with `text_pattern_ops`, which serves `LIKE 'abc%'` whatever
 *   the database's collation (a plain btree does only under the C collation). Migration 0000
 *   created exactly these; here they are kept, never rebuilt.
 * - CockroachDB refuses `text_pattern_ops`; its strings compare byte by byte, so a plain index
 *   serves the prefix search.
 * - YugabyteDB shards an index by the hash of its first column unless told otherwise, which no
 *   prefix scan can use: the index is declared ASC (range-sharded).
 */
export function catalogueSearchIndexStatements(engine: DatabaseEngine): string[] {
  return CATALOGUE_PREFIX_COLUMNS.map(({ index, column }) => {
    const key = engine === "postgres" ? `"${column}" text_pattern_ops` : engine === "yugabytedb" ? `"${column}" ASC` : `"${column}"`;
    return `CREATE INDEX IF NOT EXISTS "${index}" ON "catalogue_items" (${key})`;
  });
}

/** Creates the per-engine indexes that are not part of the migrations' portable SQL (idempotent). */
export async function ensureEngineIndexes(db: Db, engine: DatabaseEngine): Promise<void> {
  for (const statement of catalogueSearchIndexStatements(engine)) await db.execute(sql.raw(statement));
}

import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/**
 * `json_build_object('name', column, …)` of a set of columns, keyed by their names in the code:
 * a row, or a list of rows (`json_agg(jsonRow(…))`), read as part of a larger statement. Several
 * reads become one statement (one round trip), and the rows come back under the names the code
 * already uses, the same from PGlite and from PostgreSQL. Money columns are integer fen
 * (< 2^53), so JSON numbers are exact; dates come back as YYYY-MM-DD text.
 */
export function jsonRow(columns: Record<string, PgColumn | SQL>): SQL {
  return sql`json_build_object(${sql.join(
    Object.entries(columns).map(([name, column]) => sql`${sql.raw(`'${name.replaceAll("'", "''")}'`)}, ${column}`),
    sql`, `,
  )})`;
}

/** A json (or jsonb) value as the driver hands it back: parsed already, or as text. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** The one row of a statement made with `db.execute`, whichever driver ran it. */
export function onlyRow<T>(result: unknown): T | undefined {
  return (result as { rows: T[] }).rows[0];
}

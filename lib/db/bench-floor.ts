import { sql } from "drizzle-orm";
import type { Db } from "./open";

/**
 * The floor of `npm run bench -- counter`: what a route handler costs when it does nothing but
 * read a small JSON body and write one row. The table is made by the benchmark (never by the
 * migrations), so outside a benchmark there is nothing to write to.
 */
export const BENCH_FLOOR_TABLE = "bench_floor";

export async function insertBenchFloorRow(db: Db, body: unknown): Promise<string> {
  const result = (await db.execute(sql`insert into bench_floor (body) values (${JSON.stringify(body)}::jsonb) returning id`)) as unknown as {
    rows: { id: string }[];
  };
  return result.rows[0]!.id;
}

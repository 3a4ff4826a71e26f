/**
 * `npm run bench -- catalogue-national`: catalogue search at a national catalogue's size. The
 * demo catalogue is grown to about 30,000 items the way a real one is large — the same generic
 * names from many makers (the code's last five characters, the maker, and the spec differ) — and
 * four kinds of query are timed through searchCatalogueDb: a whole code, a name prefix, a name
 * fragment and pinyin initials. The figure each is compared with is the same query on the demo
 * catalogue alone, measured in the same run. EXPLAIN says whether each query reads the table
 * from end to end (a sequential scan). On PGlite always; on PostgreSQL too when DATABASE_URL is
 * set (a throwaway database: scripts/with-postgres.sh npm run bench -- catalogue-national).
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { catalogueItems, catalogueSearchStatements, searchCatalogueDb } from "@/lib/catalogue";
import { migrateDatabase, openDatabase, type Database } from "@/lib/db";
import { catalogueEntries } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { catalogueRowOf, seedDemoData } from "@/lib/seed";

const TARGET_ITEMS = 30_000;
const ROUNDS = 40;

/** The four kinds of query the national catalogue must answer from an index. */
export const NATIONAL_QUERIES = [
  { kind: "whole code", query: "XA10BAE015A001010100000" },
  { kind: "name prefix", query: "二甲双" },
  { kind: "name fragment", query: "双胍" },
  { kind: "pinyin initials", query: "ejsg" },
] as const;

export interface NationalSearchRow {
  database: string;
  kind: string;
  query: string;
  items: number;
  p50Ms: number;
  p95Ms: number;
  demoP95Ms: number;
  ratio: number;
  seqScan: boolean;
}

const round = (n: number) => Math.round(n * 100) / 100;

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

async function timeQueries(database: Database): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>();
  for (const { query } of NATIONAL_QUERIES) await searchCatalogueDb(database.db, query, { limit: 8 });
  for (let r = 0; r < ROUNDS; r++) {
    for (const { query } of NATIONAL_QUERIES) {
      const start = performance.now();
      await searchCatalogueDb(database.db, query, { limit: 8 });
      times.set(query, [...(times.get(query) ?? []), performance.now() - start]);
    }
  }
  return times;
}

/** Copies of every demo item under other makers' codes until the catalogue holds `TARGET_ITEMS`. */
async function growCatalogue(database: Database): Promise<number> {
  const copies = Math.ceil(TARGET_ITEMS / catalogueItems.length) - 1;
  let sortOrder = catalogueItems.length;
  for (let maker = 1; maker <= copies; maker++) {
    // Items that differ only by maker share the rest of the code: the maker part is unique per copy and item.
    const rows = catalogueItems.map((item, i) =>
      catalogueRowOf({ ...item, code: `${item.code.slice(0, -5)}${(maker * catalogueItems.length + i).toString(36).toUpperCase().padStart(5, "0")}`, spec: `${item.spec} 厂${maker}` }, sortOrder++),
    );
    for (let start = 0; start < rows.length; start += 100) {
      await database.db.insert(catalogueEntries).values(rows.slice(start, start + 100)).onConflictDoNothing();
    }
  }
  await database.db.execute(sql`analyze catalogue_items`);
  const counted = (await database.db.execute(sql`select count(*)::int as n from catalogue_items`)) as unknown as { rows: { n: number }[] };
  return counted.rows[0]!.n;
}

/** Whether the plan of either statement searchCatalogueDb may send reads catalogue_items from end to end. */
async function usesSeqScan(database: Database, query: string): Promise<boolean> {
  for (const statement of catalogueSearchStatements(database.db, query, { limit: 8 })) {
    // The very statement, its parameters written in as literals.
    const { sql: text, params } = statement.toSQL();
    let literal = text;
    params.forEach((param, i) => {
      literal = literal.replace(new RegExp(`\\$${i + 1}(?!\\d)`), () => `'${String(param).replaceAll("'", "''")}'`);
    });
    const plan = (await database.db.execute(sql.raw(`explain ${literal}`))) as unknown as { rows: Record<string, string>[] };
    if (plan.rows.some((row) => /Seq Scan on catalogue_items/.test(Object.values(row)[0] ?? ""))) return true;
  }
  return false;
}

async function benchOne(name: string, database: Database): Promise<NationalSearchRow[]> {
  await migrateDatabase(database);
  await seedDemoData(database.db, { today: new Date() });
  const demo = await timeQueries(database);
  const items = await growCatalogue(database);
  const national = await timeQueries(database);
  const rows: NationalSearchRow[] = [];
  for (const { kind, query } of NATIONAL_QUERIES) {
    const p95 = percentile(national.get(query)!, 0.95);
    const demoP95 = percentile(demo.get(query)!, 0.95);
    rows.push({
      database: name,
      kind,
      query,
      items,
      p50Ms: round(percentile(national.get(query)!, 0.5)),
      p95Ms: round(p95),
      demoP95Ms: round(demoP95),
      ratio: round(p95 / demoP95),
      seqScan: await usesSeqScan(database, query),
    });
  }
  return rows;
}

export async function benchNationalCatalogue(): Promise<NationalSearchRow[]> {
  const rows: NationalSearchRow[] = [];
  if (env.DATABASE_URL) {
    const { Client } = await import("pg");
    const admin = new URL(env.DATABASE_URL);
    admin.pathname = "/postgres";
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    const name = `yibao_bench_catalogue_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    await client.query(`CREATE DATABASE ${name}`);
    const target = new URL(env.DATABASE_URL);
    target.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: target.toString() });
    try {
      rows.push(...(await benchOne("PostgreSQL", database)));
    } finally {
      await database.close();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    }
  }
  const database = await openDatabase({});
  try {
    rows.push(...(await benchOne("PGlite", database)));
  } finally {
    await database.close();
  }
  return rows;
}

export function printNationalCatalogue(rows: NationalSearchRow[]): void {
  console.log(`\n## Catalogue search at national size (goal: p95 ≤ 10 ms, no sequential scan); ratio: p95 against the same query on the ${catalogueItems.length}-item demo catalogue, same run`);
  console.table(rows);
}

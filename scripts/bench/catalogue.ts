/**
 * Catalogue search benchmark: latency of searchCatalogueDb (the query behind
 * GET /api/v1/catalogue/search) over realistic queries — Chinese names, pinyin initials, codes,
 * English words, symptoms — on a fresh in-memory PGlite with the demo data seeded. The baseline,
 * measured in the same run on the same connection, is a `select 1` round trip: what any query
 * costs before it does any work. The target is p95 < 50 ms.
 * Run alone with `npx tsx --conditions=react-server scripts/bench/catalogue.ts`.
 */
import { performance } from "node:perf_hooks";
import { searchCatalogueDb } from "@/lib/catalogue";
import { migrateDatabase } from "@/lib/db";
import { openDatabase, pingDatabase } from "@/lib/db";
import { seedDemoData } from "@/lib/seed";

/** What people type into the Estimate screen's search box, keystroke prefixes included. */
export const CATALOGUE_BENCH_QUERIES = [
  "二", "二甲", "二甲双胍", "ejsg", "amlz", "阿莫西林", "amxl", "头孢", "布洛芬", "blf", "降压", "胃痛", "感冒",
  "XA10", "XA10BAE015A001010100000", "0012", "C1", "血常规", "CT", "注射", "胰岛素", "片", "metformin", "omeprazole caps", "tablets",
  "针灸", "zj", "输液", "ylsp", "奥美拉唑", "维生素C", "wssc", "nothing-matches-this",
] as const;

const ROUNDS = 20;

export interface CatalogueBenchRow {
  measure: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function summarise(measure: string, samples: number[]): CatalogueBenchRow {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { measure, runs: samples.length, p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted[sorted.length - 1] ?? 0) };
}

/** p50 / p95 of catalogue search and of a `select 1` baseline, on seeded demo data. */
export async function benchCatalogue(): Promise<CatalogueBenchRow[]> {
  const database = await openDatabase({});
  try {
    await migrateDatabase(database);
    await seedDemoData(database.db, { today: new Date() });
    const db = database.db;
    // Warm up: plans, caches and the JIT, not counted.
    for (const query of CATALOGUE_BENCH_QUERIES) await searchCatalogueDb(db, query, { limit: 8 });
    const baseline: number[] = [];
    const search: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of CATALOGUE_BENCH_QUERIES) {
        let start = performance.now();
        await pingDatabase(db);
        baseline.push(performance.now() - start);
        start = performance.now();
        await searchCatalogueDb(db, query, { limit: 8 });
        search.push(performance.now() - start);
      }
    }
    return [summarise("select 1 (baseline)", baseline), summarise(`catalogue search, ${CATALOGUE_BENCH_QUERIES.length} queries`, search)];
  } finally {
    await database.close();
  }
}

if (process.argv[1]?.endsWith("catalogue.ts")) {
  benchCatalogue()
    .then((rows) => {
      console.log("\n## Catalogue search on PGlite with the demo data (target p95 < 50 ms)");
      console.table(rows);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

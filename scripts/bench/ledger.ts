/**
 * Ledger benchmark: settlements per second through settle() — the ledger lock, the engine and
 * the writes in one transaction — on embedded PGlite and, when DATABASE_URL is set, on that
 * PostgreSQL server (in a throwaway database that is dropped afterwards). The baseline, measured
 * in the same run, is the engine alone (computeSettlement on the same bill, no database).
 *
 *   one person, serial      one bill after another for one person
 *   many people, 8 at once  eight bills in flight, each for a different person
 *   one person, 8 at once   eight bills in flight for the same person (they queue on its lock)
 *
 * Each scenario stops after COUNT settlements or MAX_SECONDS, whichever comes first, and the
 * ledger is verified at the end. Run alone with `npx tsx --conditions=react-server scripts/bench/ledger.ts`.
 */
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/db";
import { openDatabase, type Database } from "@/lib/db";
import { facilityId, seedBenchPeople } from "@/lib/seed";
import { settle, verifyLedger, type SettleInput } from "@/lib/ledger";
import { computeSettlement, getPolicy } from "@/lib/reimbursement";

const COUNT = 400;
const MAX_SECONDS = 20;
const IN_FLIGHT = 8;
const PEOPLE = 40;
const DAY = "2026-06-15";
const NOW = new Date("2026-06-15T04:00:00Z");

export interface LedgerBenchRow {
  database: "pglite" | "postgres" | "none (engine only)";
  scenario: string;
  settlements: number;
  seconds: number;
  perSecond: number;
}

function bill(person: string, key: string): SettleInput {
  return {
    personId: person,
    facilityId: facilityId("sm-liedong"),
    visit: { kind: "general_outpatient" },
    lines: [
      { name: "基层医疗机构一般诊疗费", itemClass: "A", amountFen: 1_000 },
      { name: "乙类药品", itemClass: "B", amountFen: 3_650, quantity: 2 },
      { name: "丙类项目", itemClass: "C", amountFen: 1_200 },
    ],
    idempotencyKey: key,
    useAccount: true,
    serviceDate: DAY,
    now: NOW,
  };
}

async function seedPeopleForBench(database: Database): Promise<string[]> {
  return seedBenchPeople(database.db, PEOPLE, NOW);
}

/** Runs `next(i)` with `inFlight` at a time until COUNT are done or time is up. */
async function drive(inFlight: number, next: (i: number) => Promise<unknown>): Promise<{ done: number; seconds: number }> {
  const start = performance.now();
  const deadline = start + MAX_SECONDS * 1000;
  let issued = 0;
  let done = 0;
  const worker = async () => {
    while (issued < COUNT && performance.now() < deadline) {
      const i = issued++;
      await next(i);
      done++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { done, seconds: (performance.now() - start) / 1000 };
}

async function benchOn(database: Database): Promise<LedgerBenchRow[]> {
  const ids = await seedPeopleForBench(database);
  // Warm-up (not counted): compiled queries, policy versions, JIT.
  for (let i = 0; i < 30; i++) await settle(database.db, bill(ids[ids.length - 2]!, `warm-up:${i}`));
  const rows: LedgerBenchRow[] = [];
  const scenarios: Array<[string, number, (i: number) => string]> = [
    ["one person, serial", 1, () => ids[0]!],
    [`many people, ${IN_FLIGHT} at once`, IN_FLIGHT, (i) => ids[1 + (i % (ids.length - 3))]!],
    [`one person, ${IN_FLIGHT} at once`, IN_FLIGHT, () => ids[ids.length - 1]!],
  ];
  for (const [scenario, inFlight, personFor] of scenarios) {
    const { done, seconds } = await drive(inFlight, (i) => settle(database.db, bill(personFor(i), `${scenario}:${i}`)));
    rows.push({ database: database.kind, scenario, settlements: done, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(done / seconds) });
  }
  const verified = await verifyLedger(database.db);
  if (!verified.ok) throw new Error(`ledger bench: verification failed with ${verified.mismatches.length} mismatch(es)`);
  return rows;
}

function engineBaseline(): LedgerBenchRow {
  const policy = getPolicy("CN-350400");
  if (!policy) throw new Error("CN-350400 is not shipped");
  const lines = bill("x", "x").lines.map((l) => ({ name: l.name, itemClass: l.itemClass!, amount: l.amountFen, quantity: l.quantity }));
  const input = { policy, serviceDate: DAY, person: { insurance: "employee" as const, status: "active" as const, age: 46, assistance: "none" as const }, visit: { kind: "general_outpatient" as const, facilityLevel: 1 as const, crossRegion: "none" as const }, lines, account: { balance: 100_000, use: true, owner: "self" as const } };
  for (let i = 0; i < 2_000; i++) computeSettlement(input);
  const n = 20_000;
  const start = performance.now();
  for (let i = 0; i < n; i++) computeSettlement(input);
  const seconds = (performance.now() - start) / 1000;
  return { database: "none (engine only)", scenario: "computeSettlement, same bill", settlements: n, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(n / seconds) };
}

/** A throwaway database on the server DATABASE_URL points to, dropped when done. */
async function withThrowawayPostgres<T>(databaseUrl: string, work: (database: Database) => Promise<T>): Promise<T> {
  const { Client } = await import("pg");
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const name = `yibao_bench_${randomUUID().replaceAll("-", "")}`;
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const target = new URL(databaseUrl);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString() });
  try {
    await migrateDatabase(database);
    return await work(database);
  } finally {
    await database.close();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
}

/** Settlements per second on PGlite, and on PostgreSQL when DATABASE_URL is set. */
export async function benchLedger(): Promise<LedgerBenchRow[]> {
  const rows: LedgerBenchRow[] = [engineBaseline()];
  const pglite = await openDatabase({});
  try {
    await migrateDatabase(pglite);
    rows.push(...(await benchOn(pglite)));
  } finally {
    await pglite.close();
  }
  if (env.DATABASE_URL) rows.push(...(await withThrowawayPostgres(env.DATABASE_URL, benchOn)));
  return rows;
}

if (process.argv[1]?.endsWith("bench/ledger.ts")) {
  benchLedger()
    .then((rows) => console.table(rows))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

/**
 * The world `npm run bench -- counter` runs in: a migrated database with the demo data, insured
 * people with a phone that signs codes, many counter terminals (each under its per-minute limits),
 * and the floor's table. On PostgreSQL in a throwaway database of the server DATABASE_URL names,
 * on PGlite in a throwaway folder; both removed by `drop()`.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { BENCH_FLOOR_TABLE, migrateDatabase, openDatabase, type Database } from "@/lib/db";
import { seedDemoData } from "@/lib/seed";
import { createLoadWorld, type LoadPerson, type LoadTerminal } from "../load/load-world";

export interface CounterWorld {
  kind: "postgres" | "pglite";
  /** For the app server: its DATABASE_URL, or its PGLITE_DATA_DIR. */
  databaseUrl: string;
  dataDir: string | undefined;
  people: LoadPerson[];
  terminals: LoadTerminal[];
  drop(): Promise<void>;
}

const PEOPLE = 400;
// A terminal may verify 60 codes and settle 120 bills a minute: enough terminals that a whole
// run, spread over all of them, stays far below both.
const TERMINALS = 1500;
// Enough on each personal account that no bill of the run finds it empty.
const OPENING_BALANCE_FEN = 100_000_000;

async function populate(database: Database): Promise<Pick<CounterWorld, "people" | "terminals">> {
  await migrateDatabase(database);
  const now = new Date();
  await seedDemoData(database.db, { today: now });
  await database.db.execute(
    sql.raw(`create table if not exists ${BENCH_FLOOR_TABLE} (id uuid primary key default gen_random_uuid(), created_at timestamptz not null default now(), body jsonb not null)`),
  );
  return createLoadWorld(database.db, { people: PEOPLE, terminals: TERMINALS, now, openingBalanceFen: OPENING_BALANCE_FEN });
}

export async function preparePostgresWorld(serverUrl: string): Promise<CounterWorld> {
  const { Client } = await import("pg");
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const name = `yibao_bench_counter_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString() });
  try {
    const world = await populate(database);
    return {
      kind: "postgres",
      databaseUrl: target.toString(),
      dataDir: undefined,
      ...world,
      async drop() {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  } finally {
    await database.close();
  }
}

export async function preparePgliteWorld(): Promise<CounterWorld> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "yibao-bench-counter-"));
  const database = await openDatabase({ pgliteDataDir: dataDir });
  try {
    const world = await populate(database);
    return {
      kind: "pglite",
      databaseUrl: "",
      dataDir,
      ...world,
      async drop() {
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } finally {
    await database.close();
  }
}

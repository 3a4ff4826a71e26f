import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open";
import { databaseFixtures, type DatabaseFixture } from "../helpers/database-fixtures";
import { logProblems, scanServerLog } from "../helpers/log-scan";
import { adminUrl, templateDatabaseName, withDatabase } from "../helpers/postgres-urls";

const fixtures = Object.keys(databaseFixtures) as DatabaseFixture[];

/**
 * Builds every starting database once per run, so that no test migrates or seeds for itself.
 * With PGlite: migrates, seeds each fixture and dumps its data folder; each test loads a dump
 * (~0.5 s). With DATABASE_URL: builds one template database per fixture that each test clones.
 */
export default async function setup(project: TestProject) {
  const built = await sharedFixtures();
  project.provide("databaseKind", built.databaseKind);
  project.provide("pgliteDumps", built.pgliteDumps);
  project.provide("pgTemplates", built.pgTemplates);
  return async () => {
    if (--built.users > 0) return;
    await built.cleanUp();
    checkServerLog();
  };
}

interface BuiltFixtures {
  databaseKind: "pglite" | "postgres";
  pgliteDumps: Record<DatabaseFixture, string>;
  pgTemplates: Record<DatabaseFixture, string>;
  cleanUp: () => Promise<void>;
  users: number;
}

/**
 * The integration projects (vitest.config.mts) share one set of fixtures, built by whichever
 * project's setup runs first; both setups run in vitest's main process, so the build is kept on
 * the process's global object, and the last teardown removes it.
 */
function sharedFixtures(): Promise<BuiltFixtures> {
  const holder = globalThis as { yibaoTestFixtures?: Promise<BuiltFixtures> };
  holder.yibaoTestFixtures ??= (process.env.DATABASE_URL ? setUpPostgres(process.env.DATABASE_URL) : setUpPglite());
  return holder.yibaoTestFixtures.then((built) => {
    built.users += 1;
    return built;
  });
}

/**
 * The log every test's server code wrote (LOG_FILE, set in vitest.config.mts) holds no phone
 * number or code: the run signs in, guesses codes, fuzzes every entry point with phone numbers
 * and NUL characters, and provokes database errors.
 */
function checkServerLog(): void {
  const file = process.env.INTEGRATION_LOG_FILE;
  // Nothing logged at LOG_LEVEL (warn) in a run of files that provoke no warning.
  if (!file || !existsSync(file)) return;
  const scan = scanServerLog(file);
  const problems = logProblems(scan, { cspViolations: false });
  console.log(`Server log of the run (${process.env.DATABASE_URL ? "PostgreSQL: demo mode off but where a file turns it on" : "PGlite, demo mode"}): ${scan.lines} lines, ${scan.personal.length + scan.scrubbed.length} with a phone number or code.`);
  if (problems.length > 0) throw new Error(`The server log of the run is not clean:\n${problems.slice(0, 20).join("\n")}`);
}

async function setUpPglite(): Promise<BuiltFixtures> {
  const dir = mkdtempSync(path.join(tmpdir(), "yibao-test-"));
  const migrated = await openDatabase({});
  await migrateDatabase(migrated);
  await slimForTests(migrated);
  const migratedDump = await dumpOf(migrated);
  await migrated.close();

  const dumps = {} as Record<DatabaseFixture, string>;
  for (const fixture of fixtures) {
    const seed = databaseFixtures[fixture];
    let dump = migratedDump;
    if (seed) {
      const database = await openDatabase({ pgliteLoadDataDir: migratedDump });
      await seed(database.db);
      dump = await dumpOf(database);
      await database.close();
    }
    dumps[fixture] = path.join(dir, `${fixture}.tar`);
    writeFileSync(dumps[fixture], Buffer.from(await dump.arrayBuffer()));
  }
  const cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  return { databaseKind: "pglite", pgliteDumps: dumps, pgTemplates: {} as Record<DatabaseFixture, string>, cleanUp, users: 0 };
}

async function setUpPostgres(databaseUrl: string): Promise<BuiltFixtures> {
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: adminUrl(databaseUrl) });
  await admin.connect();
  const templates = {} as Record<DatabaseFixture, string>;
  for (const fixture of fixtures) {
    const name = `${templateDatabaseName()}_${fixture.replaceAll("-", "_")}`;
    templates[fixture] = name;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    // Every fixture starts from the migrated one, which is built first.
    await admin.query(fixture === "migrated" ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${templates.migrated}`);
    const database = await openDatabase({ databaseUrl: withDatabase(databaseUrl, name) });
    if (fixture === "migrated") await migrateDatabase(database);
    await databaseFixtures[fixture]?.(database.db);
    await database.close();
  }
  await admin.end();
  const cleanUp = async () => {
    const cleanup = new Client({ connectionString: adminUrl(databaseUrl) });
    await cleanup.connect();
    for (const name of Object.values(templates)) await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
    await cleanup.end();
  };
  return { databaseKind: "postgres", pgliteDumps: {} as Record<DatabaseFixture, string>, pgTemplates: templates, cleanUp, users: 0 };
}

/**
 * Makes every test's database cheaper to start, without changing what the app's SQL sees: each
 * test loads a dump (~480 per run), and about half of each load went to unpacking the two template
 * databases (which only CREATE DATABASE reads, and no test runs it on PGlite) and to zeroing
 * 128 MB of shared buffers. Measured on this project's demo dump: a load about 40 % faster.
 */
async function slimForTests(database: Database): Promise<void> {
  for (const statement of [
    "ALTER SYSTEM SET shared_buffers = '16MB'",
    "ALTER SYSTEM SET max_connections = 10",
    "UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')",
    "DROP DATABASE template1",
    "DROP DATABASE template0",
    "CHECKPOINT",
  ]) {
    await database.db.execute(sql.raw(statement));
  }
}

/** dumpDataDir lives on the PGlite client; reach it through drizzle's session. */
function dumpOf(database: Database): Promise<Blob> {
  const client = (database.db as unknown as { $client: { dumpDataDir(c: "none"): Promise<Blob> } }).$client;
  return client.dumpDataDir("none");
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseKind: "pglite" | "postgres";
    pgliteDumps: Record<DatabaseFixture, string>;
    pgTemplates: Record<DatabaseFixture, string>;
  }
}

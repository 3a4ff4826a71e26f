import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open";
import { databaseFixtures, type DatabaseFixture } from "../helpers/database-fixtures";
import { adminUrl, templateDatabaseName, withDatabase } from "../helpers/postgres-urls";

const fixtures = Object.keys(databaseFixtures) as DatabaseFixture[];

/**
 * Builds every starting database once per run, so that no test migrates or seeds for itself.
 * With PGlite: migrates, seeds each fixture and dumps its data folder; each test loads a dump
 * (~0.5 s). With DATABASE_URL: builds one template database per fixture that each test clones.
 */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) return setUpPostgres(project, databaseUrl);

  const dir = mkdtempSync(path.join(tmpdir(), "yibao-test-"));
  const migrated = await openDatabase({});
  await migrateDatabase(migrated);
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
  project.provide("databaseKind", "pglite");
  project.provide("pgliteDumps", dumps);
  project.provide("pgTemplates", {} as Record<DatabaseFixture, string>);
  return () => rmSync(dir, { recursive: true, force: true });
}

async function setUpPostgres(project: TestProject, databaseUrl: string) {
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
  project.provide("databaseKind", "postgres");
  project.provide("pgliteDumps", {} as Record<DatabaseFixture, string>);
  project.provide("pgTemplates", templates);
  return async () => {
    const cleanup = new Client({ connectionString: adminUrl(databaseUrl) });
    await cleanup.connect();
    for (const name of Object.values(templates)) await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
    await cleanup.end();
  };
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

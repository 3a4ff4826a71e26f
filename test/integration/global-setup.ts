import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import { adminUrl, templateDatabaseName, withDatabase } from "../helpers/postgres-urls";

/**
 * Migrates once per run. With PGlite: dumps the migrated data folder so that each test
 * starts its own database from it (~0.5 s instead of ~2 s). With DATABASE_URL: builds a
 * template database that each test clones.
 */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const { Client } = await import("pg");
    const admin = new Client({ connectionString: adminUrl(databaseUrl) });
    await admin.connect();
    const template = templateDatabaseName();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabase(databaseUrl, template) });
    await migrateDatabase(database);
    await database.close();
    project.provide("databaseKind", "postgres");
    project.provide("pgliteDumpPath", "");
    project.provide("pgTemplate", template);
    return async () => {
      const cleanup = new Client({ connectionString: adminUrl(databaseUrl) });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${template}`);
      await cleanup.end();
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "yibao-test-"));
  const database = await openDatabase({});
  await migrateDatabase(database);
  // dumpDataDir lives on the PGlite client; reach it through drizzle's session.
  const client = (database.db as unknown as { $client: { dumpDataDir(c: "none"): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir("none");
  const dumpPath = path.join(dir, "migrated.tar");
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide("databaseKind", "pglite");
  project.provide("pgliteDumpPath", dumpPath);
  project.provide("pgTemplate", "");
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseKind: "pglite" | "postgres";
    pgliteDumpPath: string;
  }
}

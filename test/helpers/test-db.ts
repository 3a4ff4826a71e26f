import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { SQL } from "drizzle-orm";
import { inject } from "vitest";
import { openDatabase, type Database } from "@/lib/db/open";
import { adminUrl, withDatabase } from "./postgres-urls";

/**
 * A fresh, migrated database for one test: PGlite from the migrated dump, or a clone of the
 * template database on the PostgreSQL server named by DATABASE_URL.
 */
export async function createTestDatabase(): Promise<Database> {
  if (inject("databaseKind") === "postgres") {
    const databaseUrl = process.env.DATABASE_URL!;
    const { Client } = await import("pg");
    const name = `yibao_test_${randomUUID().replaceAll("-", "")}`;
    const admin = new Client({ connectionString: adminUrl(databaseUrl) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateFromEnv()}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabase(databaseUrl, name) });
    return {
      ...database,
      async close() {
        await database.close();
        const drop = new Client({ connectionString: adminUrl(databaseUrl) });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await drop.end();
      },
    };
  }
  const dump = readFileSync(inject("pgliteDumpPath"));
  return openDatabase({ pgliteLoadDataDir: new Blob([dump]) });
}

/** A database with nothing in it (no migrations applied), on the same engine as the run. */
export async function createEmptyDatabase(): Promise<Database> {
  if (inject("databaseKind") !== "postgres") return openDatabase({});
  const databaseUrl = process.env.DATABASE_URL!;
  const { Client } = await import("pg");
  const name = `yibao_empty_${randomUUID().replaceAll("-", "")}`;
  const admin = new Client({ connectionString: adminUrl(databaseUrl) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: withDatabase(databaseUrl, name) });
  return {
    ...database,
    async close() {
      await database.close();
      const drop = new Client({ connectionString: adminUrl(databaseUrl) });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

function templateFromEnv(): string {
  return inject("pgTemplate");
}

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}

/** Raw SQL rows; both drivers return `{ rows }` from execute. */
export async function queryRows<T>(database: Database, query: SQL): Promise<T[]> {
  const result = (await database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

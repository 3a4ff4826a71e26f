import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { inject } from "vitest";
import { openDatabase, type Database, type Db } from "@/lib/db/open";
import type { DatabaseFixture } from "./database-fixtures";
import { adminUrl, withDatabase } from "./postgres-urls";

export { SEEDED, type DatabaseFixture } from "./database-fixtures";

/** Each worker reads a fixture's dump once; every test gets its own database loaded from it. */
const dumps = new Map<DatabaseFixture, Blob>();

/**
 * A fresh database for one test, starting from `fixture` (built once per run by the global
 * setup): PGlite loaded from the fixture's dump, or a clone of its template database on the
 * PostgreSQL server named by DATABASE_URL.
 */
export async function createTestDatabase(fixture: DatabaseFixture = "migrated"): Promise<Database> {
  if (inject("databaseKind") === "postgres") return clonePostgres(inject("pgTemplates")[fixture]);
  let dump = dumps.get(fixture);
  if (!dump) {
    dump = new Blob([readFileSync(inject("pgliteDumps")[fixture])]);
    dumps.set(fixture, dump);
  }
  return openDatabase({ pgliteLoadDataDir: dump });
}

/** A database with nothing in it (no migrations applied), on the same engine as the run. */
export async function createEmptyDatabase(): Promise<Database> {
  if (inject("databaseKind") !== "postgres") return openDatabase({});
  return newPostgresDatabase("yibao_empty", null);
}

function clonePostgres(template: string): Promise<Database> {
  return newPostgresDatabase("yibao_test", template);
}

/** A new database on the PostgreSQL server, from `template` or empty; dropped by close(). */
async function newPostgresDatabase(prefix: string, template: string | null): Promise<Database> {
  const databaseUrl = process.env.DATABASE_URL!;
  const { Client } = await import("pg");
  const name = `${prefix}_${randomUUID().replaceAll("-", "")}`;
  const admin = new Client({ connectionString: adminUrl(databaseUrl) });
  await admin.connect();
  await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
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

/** Raw SQL rows; both drivers return `{ rows }` from execute. */
export async function queryRows<T>(database: Database, query: SQL): Promise<T[]> {
  const result = (await database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The names of the prepared statements on the connection `db` runs on (a transaction keeps one; PostgreSQL only). */
export async function preparedStatementNames(db: Db): Promise<string[]> {
  const result = (await db.execute(sql`select name from pg_prepared_statements`)) as unknown as { rows: { name: string }[] };
  return result.rows.map((r) => r.name);
}

import path from "node:path";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { detectEngine, ensureEngineIndexes } from "./engine";
import type { Database, Db } from "./open";

export const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");

export interface MigrateOptions {
  folder?: string;
  /**
   * Apply each statement on its own, recording a migration once all its statements ran, instead
   * of drizzle's one transaction around every pending migration. For engines that advise against
   * schema changes inside transactions (CockroachDB); migrations from 0003 on are written so that
   * a run cut short can simply be started again (docs/deployment.md).
   */
  statementByStatement?: boolean;
}

/**
 * Applies the committed migrations — the same files serve PGlite and PostgreSQL — then the few
 * per-engine indexes (lib/db/engine.ts). Run it once per release, before the app instances start.
 */
export async function migrateDatabase(database: Database, options: MigrateOptions = {}): Promise<void> {
  const folder = options.folder ?? migrationsFolder;
  if (options.statementByStatement) {
    await migrateStatementByStatement(database.db, folder);
  } else if (database.kind === "postgres") {
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    // @ts-expect-error -- Db is the dialect-neutral type; at run time this is a node-postgres database.
    await migrate(database.db, { migrationsFolder: folder });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // @ts-expect-error -- as above, a PGlite database at run time.
    await migrate(database.db, { migrationsFolder: folder });
  }
  await ensureEngineIndexes(database.db, await detectEngine(database.db));
}

/**
 * Drizzle's bookkeeping (schema `drizzle`, table `__drizzle_migrations`, one row per applied
 * migration with the time it was generated), so either way of migrating continues the other.
 */
async function migrateStatementByStatement(db: Db, folder: string): Promise<void> {
  await db.execute(sql`create schema if not exists drizzle`);
  await db.execute(sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`);
  const done = (await db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`)) as unknown as { rows: { last: string | number | null }[] };
  const last = Number(done.rows[0]?.last ?? 0);
  for (const migration of readMigrationFiles({ migrationsFolder: folder })) {
    if (migration.folderMillis <= last) continue;
    for (const statement of migration.sql) {
      if (statement.trim()) await db.execute(sql.raw(statement));
    }
    await db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`);
  }
}

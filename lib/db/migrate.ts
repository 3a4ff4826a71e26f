import path from "node:path";
import type { Database } from "./open";

export const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");

/** Applies the committed migrations; the same files serve PGlite and PostgreSQL. */
export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.kind === "postgres") {
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    // @ts-expect-error -- Db is the dialect-neutral type; at run time this is a node-postgres database.
    await migrate(database.db, { migrationsFolder: folder });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // @ts-expect-error -- as above, a PGlite database at run time.
    await migrate(database.db, { migrationsFolder: folder });
  }
}

// npm run db:migrate — applies the committed migrations to PGLITE_DATA_DIR or DATABASE_URL.
import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db";
import { runScript } from "./run-script";

runScript(async () => {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
  try {
    await migrateDatabase(database);
    console.log(`Migrations applied (${database.kind}).`);
  } finally {
    await database.close();
  }
});

// Used by `npm start`: applies migrations and, for the embedded database, loads the demo data
// (idempotent, so an existing database keeps its data).
import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db";
import { seedDemoData } from "@/lib/seed";
import { runScript } from "./run-script";

runScript(async () => {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
  try {
    await migrateDatabase(database);
    if (database.kind === "pglite" || env.demoMode) {
      const result = await seedDemoData(database.db, { terminalKey: env.SEED_TERMINAL_KEY, today: new Date() });
      if (result.terminalKey && !env.SEED_TERMINAL_KEY) {
        console.log(`Demo terminal key (shown once, store it): ${result.terminalKey}`);
      }
    }
    console.log(`Database ready (${database.kind}${database.kind === "pglite" ? `, ${env.PGLITE_DATA_DIR}` : ""}).`);
  } finally {
    await database.close();
  }
});

// Used by `npm start`: applies migrations and, for the embedded database, loads the demo data
// (idempotent, so an existing database keeps its data). The embedded database then gets a marker
// that lets the next `npm start` skip this step while nothing has changed (scripts/lib/database-readiness.mjs).
import path from "node:path";
import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db";
import { seedDemoData } from "@/lib/seed";
import { runScript } from "./run-script";
// @ts-expect-error -- plain ESM helpers shared with scripts/start.mjs
import { preparationFingerprint, writePreparedMarker } from "./lib/database-readiness.mjs";

runScript(async () => {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
  const today = new Date();
  try {
    await migrateDatabase(database);
    if (database.kind === "pglite" || env.demoMode) {
      const result = await seedDemoData(database.db, { terminalKey: env.SEED_TERMINAL_KEY, today });
      if (result.terminalKey && !env.SEED_TERMINAL_KEY) {
        console.log(`Demo terminal key (shown once, store it): ${result.terminalKey}`);
      }
    }
    console.log(`Database ready (${database.kind}${database.kind === "pglite" ? `, ${env.PGLITE_DATA_DIR}` : ""}).`);
  } finally {
    await database.close();
  }
  if (database.kind === "pglite") {
    writePreparedMarker(path.resolve(env.PGLITE_DATA_DIR), preparationFingerprint({ terminalKey: env.SEED_TERMINAL_KEY, now: today }));
  }
});

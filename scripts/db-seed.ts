// npm run db:seed — loads the demo data (idempotent). Prints the demo terminal key when it creates one.
import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db";
import { seedDemoData } from "@/lib/seed";
import { runScript } from "./run-script";

runScript(async () => {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
  try {
    await migrateDatabase(database);
    const result = await seedDemoData(database.db, { terminalKey: env.SEED_TERMINAL_KEY, today: new Date() });
    const counts = Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(", ");
    console.log(`Demo data present (${database.kind}): ${counts}.`);
    if (result.terminalKey && !env.SEED_TERMINAL_KEY) {
      console.log(`Demo terminal key (shown once, store it): ${result.terminalKey}`);
    }
  } finally {
    await database.close();
  }
});

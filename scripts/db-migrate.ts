// npm run db:migrate — applies the committed migrations to PGLITE_DATA_DIR or DATABASE_URL.
// `-- --statement-by-statement`: each statement on its own, outside one enclosing transaction
// (for engines that advise against schema changes in transactions; see docs/deployment.md).
import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db";
import { runScript } from "./run-script";

runScript(async () => {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
  try {
    const statementByStatement = process.argv.includes("--statement-by-statement");
    await migrateDatabase(database, { statementByStatement });
    console.log(`Migrations applied (${database.kind}${statementByStatement ? ", statement by statement" : ""}).`);
  } finally {
    await database.close();
  }
});

// npm run ledger:verify — recomputes every person's accumulators and personal-account balance from
// the settlements and reversals and compares them with the ledger, in one pass made by the database
// (lib/ledger/verify.ts); exits 1 on any mismatch.
// Uses DATABASE_URL when set, otherwise the PGlite folder PGLITE_DATA_DIR (default .data/pglite).
import { env } from "@/lib/env";
import { openDatabase } from "@/lib/db";
import { verifyLedger, type LedgerMismatch } from "@/lib/ledger";
import { runScript } from "./run-script";

function describe(m: LedgerMismatch): string {
  const where = [m.personId, m.year, m.settlementId && `settlement ${m.settlementId}`].filter(Boolean).join(" ");
  return `  [${m.area}] ${where}: ${m.what} — expected ${m.expected}, found ${m.actual}`;
}

runScript(async () => {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
  try {
    const result = await verifyLedger(database.db);
    const { settlements, reversed, personYears, accounts } = result.checked;
    const scope = `${settlements} settlements (${reversed} reversed), ${personYears} person-years, ${accounts} personal accounts`;
    if (result.ok) {
      console.log(`Ledger verified (${database.kind}): ${scope}; everything matches.`);
      return;
    }
    const shown = result.mismatchCount > result.mismatches.length ? ` (the first ${result.mismatches.length} below)` : "";
    console.error(`Ledger mismatch (${database.kind}): ${result.mismatchCount} difference(s) in ${scope}${shown}:`);
    for (const mismatch of result.mismatches) console.error(describe(mismatch));
    process.exitCode = 1;
  } finally {
    await database.close();
  }
});

import type { Db } from "@/lib/db/open";
import { seedDemoData } from "@/lib/seed";
import { NOW, seedLedgerWorld } from "./ledger-fixtures";

/** The demo terminal's key in integration tests. */
export const TEST_TERMINAL_KEY = "ybt_integration_test_key_0001";

/**
 * The days the demo data is seeded on for integration tests. A test that seeds on one of them
 * starts from a database built once per run (migrate, seed, dump) instead of seeding again.
 */
export const SEEDED = {
  march: new Date("2026-03-01T02:00:00Z"),
  june: NOW,
  november: new Date("2026-11-22T02:00:00Z"),
} as const;

/**
 * What a test database starts with:
 * - `migrated`: the schema and nothing else (tests of the seed, migrations and rate limits);
 * - `ledger-world`: regions, facilities and people on {@link NOW}, no clinic choices, accounts or
 *   ledger rows (ledger tests that need a clean ledger);
 * - `demo-<day>`: the whole demo data seeded on that day, with the test terminal key.
 */
export type DatabaseFixture = "migrated" | "ledger-world" | `demo-${keyof typeof SEEDED}`;

export const databaseFixtures: Record<DatabaseFixture, ((db: Db) => Promise<unknown>) | null> = {
  migrated: null,
  "ledger-world": (db) => seedLedgerWorld(db, NOW),
  "demo-march": (db) => seedDemoData(db, { today: SEEDED.march, terminalKey: TEST_TERMINAL_KEY }),
  "demo-june": (db) => seedDemoData(db, { today: SEEDED.june, terminalKey: TEST_TERMINAL_KEY }),
  "demo-november": (db) => seedDemoData(db, { today: SEEDED.november, terminalKey: TEST_TERMINAL_KEY }),
};

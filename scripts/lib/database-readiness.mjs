// Whether `npm start` has database work to do, decided in-process and cheaply, so that a start on
// an already prepared database costs no second process (tsx, PGlite or a pool, the seed).
//
// - Embedded database (PGlite): scripts/prepare-database.ts leaves a marker file in the data
//   folder after migrating and seeding. The marker names what it was prepared for — the committed
//   migrations, the build (the seed is part of the same sources), the configured demo terminal
//   key and the day in China (the demo ledger adds the bills whose day has come) — and preparing
//   is skipped only while all four still match. A folder that is removed or replaced takes its
//   marker with it.
// - PostgreSQL: the migrations table is read with one query, as drizzle's migrator reads it
//   (the newest applied migration's folder time against the journal's last entry). Demo mode
//   on PostgreSQL always prepares (its seed keeps no marker).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const journalFile = path.join(root, "lib/db/migrations/meta/_journal.json");
const buildIdFile = path.join(root, ".next/BUILD_ID");
export const MARKER_FILE = "yibao-prepared.json";

/** The day in China (UTC+8, no daylight saving), as lib/dates.ts chinaDay() gives it. */
function chinaDay(now) {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}

function readOr(file, fallback) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}

/** What a prepared embedded database was prepared for; equal fingerprints mean nothing to do. */
export function preparationFingerprint({ terminalKey, now = new Date() }) {
  return {
    migrations: sha256(readOr(journalFile, "")),
    build: readOr(buildIdFile, "").trim(),
    terminalKey: terminalKey ? sha256(terminalKey) : null,
    day: chinaDay(now),
  };
}

/** Written by scripts/prepare-database.ts once the embedded database is migrated and seeded. */
export function writePreparedMarker(dataDir, fingerprint) {
  writeFileSync(path.join(dataDir, MARKER_FILE), `${JSON.stringify(fingerprint)}\n`);
}

function pgliteIsPrepared(dataDir, fingerprint) {
  const file = path.join(dataDir, MARKER_FILE);
  if (!existsSync(file)) return false;
  try {
    const marker = JSON.parse(readFileSync(file, "utf8"));
    return Object.entries(fingerprint).every(([key, value]) => marker[key] === value);
  } catch {
    return false;
  }
}

/** The folder time of the last committed migration (drizzle's `created_at` once applied). */
function lastMigrationMillis() {
  const journal = JSON.parse(readFileSync(journalFile, "utf8"));
  return Math.max(...journal.entries.map((entry) => entry.when));
}

async function postgresIsMigrated(databaseUrl) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query("select max(created_at)::text as last from drizzle.__drizzle_migrations");
    return rows[0]?.last != null && Number(rows[0].last) >= lastMigrationMillis();
  } catch {
    // No migrations table yet, or the server cannot be read: let the preparation decide and say why.
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * True when the database is already as `scripts/prepare-database.ts` would leave it.
 * `settings`: { databaseUrl, pgliteDataDir, demoMode, terminalKey, now }.
 */
export async function databaseIsPrepared({ databaseUrl, pgliteDataDir, demoMode, terminalKey, now = new Date() }) {
  if (databaseUrl) return !demoMode && (await postgresIsMigrated(databaseUrl));
  return pgliteIsPrepared(path.resolve(root, pgliteDataDir), preparationFingerprint({ terminalKey, now }));
}

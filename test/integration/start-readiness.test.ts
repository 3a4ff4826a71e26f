import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, inject, test } from "vitest";
// @ts-expect-error -- plain ESM helpers shared with scripts/start.mjs
import { databaseIsPrepared, MARKER_FILE } from "../../scripts/lib/database-readiness.mjs";
import { adminUrl, withDatabase } from "../helpers/postgres-urls";

const key = "ybt_start_readiness_test_key_0001";
const dataDir = mkdtempSync(path.join(tmpdir(), "yibao-start-readiness-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function prepare(env: Record<string, string>) {
  return spawnSync(path.join(process.cwd(), "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/prepare-database.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, SEED_TERMINAL_KEY: key, ...env },
    encoding: "utf8",
  });
}

test("npm start prepares an embedded database once, and again only when the key, the day or the folder changes", async () => {
  const settings = { pgliteDataDir: dataDir, demoMode: true, terminalKey: key };
  expect(await databaseIsPrepared(settings)).toBe(false);

  const result = prepare({});
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain("Database ready (pglite");

  expect(await databaseIsPrepared(settings)).toBe(true);
  // Another demo terminal key must reach the database.
  expect(await databaseIsPrepared({ ...settings, terminalKey: "ybt_another_terminal_key_0002" })).toBe(false);
  // The next day in China the demo ledger may add bills whose day has come.
  expect(await databaseIsPrepared({ ...settings, now: new Date(Date.now() + 86_400_000) })).toBe(false);
  // A folder without the marker (e.g. one restored from a backup) is prepared again.
  unlinkSync(path.join(dataDir, MARKER_FILE));
  expect(await databaseIsPrepared(settings)).toBe(false);
}, 120_000);

test.runIf(inject("databaseKind") === "postgres")("on PostgreSQL the migrations table decides; demo mode always prepares", async () => {
  const { Client } = await import("pg");
  const base = process.env.DATABASE_URL!;
  const migrated = `yibao_migrated_${process.pid}`;
  const empty = `yibao_empty_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl(base) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${migrated} TEMPLATE ${inject("pgTemplates").migrated}`);
  await admin.query(`CREATE DATABASE ${empty}`);
  try {
    expect(await databaseIsPrepared({ databaseUrl: withDatabase(base, migrated), demoMode: false })).toBe(true);
    expect(await databaseIsPrepared({ databaseUrl: withDatabase(base, migrated), demoMode: true })).toBe(false);
    expect(await databaseIsPrepared({ databaseUrl: withDatabase(base, empty), demoMode: false })).toBe(false);
  } finally {
    for (const name of [migrated, empty]) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});

// npm start: build what is not built yet, prepare the database when it needs it, then serve.
// Honours PORT, HOST, PGLITE_DATA_DIR and DATABASE_URL (see README).
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { databaseIsPrepared } from "./lib/database-readiness.mjs";
import { ensureBuild } from "./lib/ensure-build.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

// The embedded database is the demo set-up: demo mode is on unless the operator asked for
// production (NODE_ENV=production) or set DEMO_MODE. `next start` itself always runs as production.
if (env.DEMO_MODE === undefined && !env.DATABASE_URL && env.NODE_ENV !== "production") env.DEMO_MODE = "1";
delete env.NODE_ENV;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureBuild(env);

// Preparing takes a second process (tsx, the database, the seed): only when there is work to do.
const demoFlag = (env.DEMO_MODE ?? "").toLowerCase();
const prepared = await databaseIsPrepared({
  databaseUrl: env.DATABASE_URL || undefined,
  // The default of lib/env.ts, which the preparation and the server read.
  pgliteDataDir: env.PGLITE_DATA_DIR || ".data/pglite",
  demoMode: ["1", "true", "yes", "on"].includes(demoFlag),
  terminalKey: env.SEED_TERMINAL_KEY || undefined,
});
if (prepared) console.log("Database ready (already prepared).");
// react-server: the server-only modules it loads (lib/db, lib/seed) refuse to load outside the server.
else run(bin("tsx"), ["--conditions=react-server", "scripts/prepare-database.ts"]);

const port = env.PORT ?? "3000";
const host = env.HOST ?? "0.0.0.0";
const server = spawn(bin("next"), ["start", "--port", port, "--hostname", host], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

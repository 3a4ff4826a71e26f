// npm start: build what is not built yet, prepare the database when it needs it, then serve
// (scripts/serve.mjs). Honours PORT, HOST, PGLITE_DATA_DIR and DATABASE_URL (see README). Demo mode
// listens on 127.0.0.1 unless HOST is set, and prints the secret that enrols a kiosk screen
// from another machine (docs/security.md).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
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

const demo = ["1", "true", "yes", "on"].includes(demoFlag);
if (demo && !env.DEMO_ENROL_SECRET) {
  env.DEMO_ENROL_SECRET = randomBytes(12).toString("base64url");
  console.log(`Demo kiosk enrolment secret (for a kiosk screen on another machine): ${env.DEMO_ENROL_SECRET}`);
}
if (demo && !env.HOST) console.log("Demo mode listens on 127.0.0.1 only; set HOST (e.g. HOST=0.0.0.0) to serve other machines.");
const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs")], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

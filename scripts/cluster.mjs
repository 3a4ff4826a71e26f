// npm run cluster [-- --instances N --port P]: N instances (default 3) of the production build
// behind HAProxy on 127.0.0.1:P (default 3000; instances on P+1…P+N, balancer statistics on
// P+90), on the PostgreSQL server of DATABASE_URL — or, without one, on a throwaway server
// started by scripts/with-postgres.sh, with the demo data. Migrations run once, before the
// instances start. Ctrl-C stops the balancer, drains the instances and removes what it made.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild } from "./lib/ensure-build.mjs";
import { ensureHaproxy, startCluster } from "./lib/cluster.mjs";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { instances: { type: "string", default: "3" }, port: { type: "string", default: process.env.PORT ?? "3000" } } });
const instances = Number(values.instances);
const port = Number(values.port);
if (!Number.isInteger(instances) || instances < 1 || instances > 16) throw new Error("--instances must be a whole number from 1 to 16");
if (!Number.isInteger(port) || port < 1 || port + 90 > 65535) throw new Error("--port must leave room for the instances and statistics above it");

if (!process.env.DATABASE_URL) {
  // No database given: run this same command against a throwaway PostgreSQL server, with demo data.
  const child = spawn(path.join(root, "scripts/with-postgres.sh"), [process.execPath, ...process.argv.slice(1)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DEMO_MODE: process.env.DEMO_MODE ?? "1", POSTGRES_PORT: process.env.POSTGRES_PORT ?? String(port + 91) },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  ensureHaproxy();
  ensureBuild(env);
  // Once, before any instance starts: migrations (and the demo data when DEMO_MODE is on).
  const prepared = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/prepare-database.ts"], { cwd: root, env, stdio: "inherit" });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);

  const instancePorts = Array.from({ length: instances }, (_, i) => port + 1 + i);
  const cluster = await startCluster({ instances, port, instancePorts, statsPort: port + 90, env, echo: true });
  console.log(`\nYibao Pass: ${instances} instance(s) behind HAProxy at ${cluster.balancerUrl} (instances on ports ${instancePorts.join(", ")}; balancer statistics at ${cluster.statsUrl}).`);
  console.log("Ctrl-C stops it.");
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      console.log("\nStopping: balancer first, then each instance finishes its requests…");
      await cluster.stop();
      process.exit(0);
    });
  }
}

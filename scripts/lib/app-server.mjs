// Starts the production app (`node scripts/start.mjs`) on a free loopback port with a throwaway
// embedded database in demo mode, for Lighthouse and benchmarks. Returns its URL and a stop().
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// `dataDir`: a PGlite folder a benchmark has already prepared (migrated, seeded, with its own
// rows); start-up migrates and seeds it again, which keeps existing rows. Removed by stop().
// `databaseUrl`: serve that PostgreSQL database instead (prepared by the caller; never removed).
// `port`: listen there instead of on a free port. `env`: more variables for the server.
export async function startAppServer({ terminalKey = "ybt_bench_terminal_key_0001", quiet = true, dataDir: preparedDataDir, databaseUrl = "", port: chosenPort, env: extraEnv = {} } = {}) {
  const port = chosenPort ?? (await freePort());
  const dataDir = preparedDataDir ?? mkdtempSync(path.join(tmpdir(), "yibao-app-"));
  const child = spawn("node", ["scripts/start.mjs"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", PGLITE_DATA_DIR: dataDir, DEMO_MODE: "1", DATABASE_URL: databaseUrl, SEED_TERMINAL_KEY: terminalKey, NEXT_TELEMETRY_DISABLED: "1", OTP_LIMIT_PER_PHONE_PER_HOUR: "1000", OTP_LIMIT_PER_ADDRESS_PER_HOUR: "1000", ...extraEnv },
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("The app server did not start within 3 minutes");
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    terminalKey,
    pid: child.pid,
    async stop() {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

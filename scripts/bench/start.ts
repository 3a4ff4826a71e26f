/**
 * Start-up: `npm start` against `next start` alone (the floor), both on the same existing
 * embedded-database folder, from the spawn to the first 200 from /api/v1/health (which opens the
 * database and runs `select 1`, so both pay for opening it). The runs alternate which command
 * goes first, so both meet the same load on a shared machine; the first `npm start` prepares the
 * fresh folder (migrations and demo data) and is reported on its own. Goal: `npm start` ≤ 1.5× the
 * floor. Loopback only, on a free port; every server is stopped before the next one starts
 * (one process per PGlite folder).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
// @ts-expect-error -- plain ESM helpers shared with the .mjs tools
import { freePort } from "../lib/app-server.mjs";

const ROUNDS = 5;
const START_TIMEOUT_MS = 180_000;
const GOAL_RATIO = 1.5;

export interface StartBench {
  freshMs: number;
  nextStart: number[];
  npmStart: number[];
  nextStartMedianMs: number;
  npmStartMedianMs: number;
  ratio: number;
  goalRatio: number;
}

const root = path.resolve(import.meta.dirname, "../..");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    // already gone
  }
  await exited;
}

/** Spawns `command`, returns ms until /api/v1/health answers 200, then stops it. */
async function timeToHealthy(command: string, args: string[], dataDir: string): Promise<number> {
  const port = (await freePort()) as number;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    PGLITE_DATA_DIR: dataDir,
    DATABASE_URL: "",
    DEMO_MODE: "1",
    SEED_TERMINAL_KEY: "ybt_bench_start_terminal_key_0001",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const started = performance.now();
  const child = spawn(command, [...args.map((a) => a.replace("{port}", String(port)))], { cwd: root, env, stdio: "ignore", detached: true });
  try {
    const url = `http://127.0.0.1:${port}/api/v1/health`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(" ")} exited with code ${child.exitCode}`);
      const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
      if (ok) return Math.round(performance.now() - started);
      if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`${command} did not answer within ${START_TIMEOUT_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await stop(child);
  }
}

export async function benchStart(): Promise<StartBench> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "yibao-bench-start-"));
  const npm = () => timeToHealthy("npm", ["start", "--silent"], dataDir);
  const next = () => timeToHealthy(path.join(root, "node_modules/.bin/next"), ["start", "--port", "{port}", "--hostname", "127.0.0.1"], dataDir);
  try {
    // Untimed: builds the app if it is not built yet (minutes, not a start) and warms the file cache.
    const scratch = mkdtempSync(path.join(tmpdir(), "yibao-bench-start-scratch-"));
    await timeToHealthy("npm", ["start", "--silent"], scratch).finally(() => rmSync(scratch, { recursive: true, force: true }));
    const freshMs = await npm();
    const nextStart: number[] = [];
    const npmStart: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        nextStart.push(await next());
        npmStart.push(await npm());
      } else {
        npmStart.push(await npm());
        nextStart.push(await next());
      }
    }
    const nextStartMedianMs = median(nextStart);
    const npmStartMedianMs = median(npmStart);
    return { freshMs, nextStart, npmStart, nextStartMedianMs, npmStartMedianMs, ratio: Number((npmStartMedianMs / nextStartMedianMs).toFixed(2)), goalRatio: GOAL_RATIO };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printStartBench(result: StartBench): void {
  console.log("\n## Start-up on an existing data folder: `npm start` vs `next start` alone (spawn → first 200 from /api/v1/health)");
  const range = (v: number[]) => `${Math.min(...v)}–${Math.max(...v)}`;
  console.table([
    { command: "next start (floor)", "median ms": result.nextStartMedianMs, "range ms": range(result.nextStart), runs: result.nextStart.join(" ") },
    { command: "npm start", "median ms": result.npmStartMedianMs, "range ms": range(result.npmStart), runs: result.npmStart.join(" ") },
  ]);
  console.log(`npm start ÷ next start = ${result.ratio} (goal ≤ ${result.goalRatio}); npm start on a fresh folder: ${result.freshMs} ms`);
}

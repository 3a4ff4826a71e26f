/**
 * `npm run ledger:verify` on a large ledger in PostgreSQL: wall time and peak resident memory of
 * the command itself (GNU time), on a ledger of 100,000 settlements and then, grown in place, of
 * 1,000,000 (scripts/bench/ledger-generate.ts), in a throwaway database on the server DATABASE_URL
 * names, dropped afterwards. Memory that stays flat from the first size to the second is what
 * "does not grow with the number of settlements" means; the goal for 1 M is ≤ 40 s. With
 * `--rounds N` the command runs N times on each ledger: the median and the range are reported.
 * Without DATABASE_URL the part is skipped: `scripts/with-postgres.sh npm run bench -- ledger-verify`.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { env } from "@/lib/env";
import { migrateDatabase, openDatabase } from "@/lib/db";
import { generateLedger } from "./ledger-generate";

const SIZES = [100_000, 1_000_000];
const GOAL_SECONDS = 40;
const root = path.resolve(import.meta.dirname, "../..");

export interface LedgerVerifyRun {
  settlements: number;
  people: number;
  /** The median of the rounds, and every round in the order run. */
  seconds: number;
  rounds: number[];
  peakRssMb: number;
  settlementsPerSecond: number;
  output: string;
}

/** Runs the real command under GNU time; its own last line of output is kept. */
function timeVerify(databaseUrl: string): Promise<{ seconds: number; peakRssMb: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "@@time %e %M", process.execPath, "--import", "tsx", "--conditions=react-server", "scripts/ledger-verify.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      const timing = out.match(/@@time ([\d.]+) (\d+)/);
      if (!timing) return reject(new Error(`ledger:verify printed no timing (exit ${code}): ${out.slice(-500)}`));
      const output = out.replace(timing[0], "").trim().split("\n").slice(0, 3).join(" ");
      if (code !== 0) return reject(new Error(`ledger:verify failed (exit ${code}): ${output.slice(0, 500)}`));
      resolve({ seconds: Number(timing[1]), peakRssMb: Math.round(Number(timing[2]) / 1024), output });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export async function benchLedgerVerify(log: (line: string) => void = console.log, rounds = 1): Promise<LedgerVerifyRun[] | null> {
  if (!env.DATABASE_URL) return null;
  const { Client } = await import("pg");
  const name = `yibao_bench_verify_${randomUUID().replaceAll("-", "")}`;
  const admin = new URL(env.DATABASE_URL);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const target = new URL(env.DATABASE_URL);
  target.pathname = `/${name}`;
  const runs: LedgerVerifyRun[] = [];
  try {
    for (const size of SIZES) {
      const database = await openDatabase({ databaseUrl: target.toString() });
      let generated;
      try {
        await migrateDatabase(database);
        generated = await generateLedger(database, size, log);
      } finally {
        await database.close();
      }
      log(`  generated ${generated.settlements.toLocaleString("en")} settlements for ${generated.people.toLocaleString("en")} people in ${generated.seconds} s; verifying…`);
      const timed = [];
      for (let round = 0; round < Math.max(1, rounds); round++) {
        timed.push(await timeVerify(target.toString()));
        log(`    round ${round + 1}: ${timed[round]!.seconds} s, peak RSS ${timed[round]!.peakRssMb} MB`);
      }
      const seconds = median(timed.map((t) => t.seconds));
      runs.push({
        settlements: generated.settlements,
        people: generated.people,
        seconds,
        rounds: timed.map((t) => t.seconds),
        peakRssMb: Math.max(...timed.map((t) => t.peakRssMb)),
        settlementsPerSecond: Math.round(generated.settlements / seconds),
        output: timed[timed.length - 1]!.output,
      });
    }
    return runs;
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
}

export function printLedgerVerify(runs: LedgerVerifyRun[] | null): void {
  console.log("\n## ledger:verify on PostgreSQL: wall time and peak resident memory of the command");
  if (!runs) {
    console.log("Skipped: needs PostgreSQL (scripts/with-postgres.sh npm run bench -- ledger-verify).");
    return;
  }
  console.table(
    runs.map((r) => ({
      settlements: r.settlements.toLocaleString("en"),
      people: r.people.toLocaleString("en"),
      "seconds (median)": r.seconds,
      "range s": r.rounds.length > 1 ? `${Math.min(...r.rounds)}–${Math.max(...r.rounds)}` : "",
      "settlements/s": r.settlementsPerSecond.toLocaleString("en"),
      "peak RSS MB": r.peakRssMb,
    })),
  );
  const last = runs[runs.length - 1]!;
  console.log(`goal ≤ ${GOAL_SECONDS} s for 1 M settlements: ${last.seconds} s; the command said: ${last.output}`);
}

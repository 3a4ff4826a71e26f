/**
 * Cluster benchmark: counter visits per second (verify a code, settle the bill; one in four
 * settlements repeated on purpose, one in ten reversed) through HAProxy with 1 and then 3 app
 * instances, in the same run, on the PostgreSQL server of DATABASE_URL. The 1-instance figure is
 * the baseline. For each, the CPU the app instances and the database used per visit and the
 * database transactions and write-ahead log per visit, from which docs/scaling.md estimates where
 * one database saturates.
 *
 *   scripts/with-postgres.sh npm run bench -- cluster
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { openDatabase, type Database } from "@/lib/db";
import { ensureBuild } from "../lib/ensure-build.mjs";
import { startCluster, type RunningCluster } from "../lib/cluster.mjs";
import { CounterClient } from "../load/counter-client";
import { createLoadWorld, type LoadPerson, type LoadTerminal } from "../load/load-world";
import { parentOf, treeCpuSeconds } from "./process-cpu";

const root = path.resolve(import.meta.dirname, "../..");
const WORKERS = 24; // counters in flight at once, the same for every cluster size
const WARM_UP_SECONDS = 5;
const MEASURE_SECONDS = 20;
const PEOPLE = 400;
const TERMINALS = 96; // keeps each terminal under its 60 verifies a minute

export interface ClusterBenchRow {
  instances: number;
  visitsPerSecond: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  appCpuMsPerVisit: number;
  databaseCpuMsPerVisit: number;
  databaseTransactionsPerVisit: number;
  walKBPerVisit: number;
  clientErrors: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Transactions so far (each statement outside an explicit transaction counts as one), WAL written so far, and the postmaster. */
async function databaseCounters(database: Database): Promise<{ transactions: number; walBytes: number; postmaster: number }> {
  const result = (await database.db.execute(sql`
    select (select xact_commit + xact_rollback from pg_stat_database where datname = current_database()) as transactions,
           pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') as wal, pg_backend_pid() as pid`)) as unknown as {
    rows: { transactions: string | number; wal: string | number; pid: number }[];
  };
  const row = result.rows[0]!;
  return { transactions: Number(row.transactions), walBytes: Number(row.wal), postmaster: parentOf(row.pid) };
}

async function measure(cluster: RunningCluster, database: Database, world: { people: LoadPerson[]; terminals: LoadTerminal[] }, instances: number): Promise<ClusterBenchRow> {
  const client = new CounterClient(cluster.balancerUrl);
  const runId = randomBytes(4).toString("hex");
  const start = Date.now();
  const measureFrom = start + WARM_UP_SECONDS * 1000;
  const measureTo = measureFrom + MEASURE_SECONDS * 1000;
  let next = 0;
  let visitsInWindow = 0;
  let before: { cpuApp: number; cpuDb: number; transactions: number; walBytes: number } | null = null;
  const { postmaster } = await databaseCounters(database);
  const appPids = () => cluster.members.map((m) => m.pid).filter((pid): pid is number => pid !== null);

  const sampler = (async () => {
    await new Promise((r) => setTimeout(r, measureFrom - Date.now()));
    const counters = await databaseCounters(database);
    before = { cpuApp: treeCpuSeconds(appPids()), cpuDb: treeCpuSeconds([postmaster]), transactions: counters.transactions, walBytes: counters.walBytes };
  })();
  const worker = async () => {
    while (Date.now() < measureTo) {
      const n = next++;
      const began = Date.now();
      await client.visit(n, world.people[n % world.people.length]!, world.terminals[n % world.terminals.length]!, runId);
      if (began >= measureFrom && Date.now() <= measureTo) visitsInWindow += 1;
    }
  };
  await Promise.all([sampler, ...Array.from({ length: WORKERS }, worker)]);
  const counters = await databaseCounters(database);
  const after = { cpuApp: treeCpuSeconds(appPids()), cpuDb: treeCpuSeconds([postmaster]), transactions: counters.transactions, walBytes: counters.walBytes };
  const start0 = before!;

  const window = client.result.requests.filter((r) => r.startedAt >= measureFrom && r.endedAt <= measureTo);
  const latencies = window.map((r) => r.endedAt - r.startedAt).sort((a, b) => a - b);
  const visits = Math.max(1, visitsInWindow);
  return {
    instances,
    visitsPerSecond: Number((visitsInWindow / MEASURE_SECONDS).toFixed(1)),
    requestsPerSecond: Number((window.length / MEASURE_SECONDS).toFixed(1)),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    appCpuMsPerVisit: Number((((after.cpuApp - start0.cpuApp) * 1000) / visits).toFixed(1)),
    databaseCpuMsPerVisit: Number((((after.cpuDb - start0.cpuDb) * 1000) / visits).toFixed(1)),
    databaseTransactionsPerVisit: Number(((after.transactions - start0.transactions) / visits).toFixed(1)),
    walKBPerVisit: Number(((after.walBytes - start0.walBytes) / 1024 / visits).toFixed(1)),
    clientErrors: [...client.result.errorsByKind.values()].reduce((a, b) => a + b, 0),
  };
}

/** Null without DATABASE_URL: the cluster runs on PostgreSQL only. */
export async function benchCluster(sizes: number[] = [1, 3]): Promise<ClusterBenchRow[] | null> {
  if (!env.DATABASE_URL) return null;
  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DEMO_MODE: "1" };
  ensureBuild(childEnv);
  const prepared = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/prepare-database.ts"], { cwd: root, env: childEnv, encoding: "utf8" });
  if (prepared.status !== 0) throw new Error(`Preparing the database failed:\n${prepared.stderr}`);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL });
  const logDir = mkdtempSync(path.join(tmpdir(), "yibao-bench-cluster-"));
  try {
    const world = await createLoadWorld(database.db, { people: PEOPLE, terminals: TERMINALS, now: new Date() });
    const rows: ClusterBenchRow[] = [];
    for (const instances of sizes) {
      const base = process.env.CLUSTER_PORT ? Number(process.env.CLUSTER_PORT) : undefined;
      const cluster = await startCluster({
        instances,
        port: base,
        instancePorts: base ? Array.from({ length: instances }, (_, i) => base + 1 + i) : undefined,
        statsPort: base ? base + 90 : undefined,
        env: childEnv,
        logDir,
      });
      try {
        rows.push(await measure(cluster, database, world, instances));
      } finally {
        await cluster.stop();
      }
    }
    return rows;
  } finally {
    await database.close();
    rmSync(logDir, { recursive: true, force: true });
  }
}

export function printClusterBench(rows: ClusterBenchRow[] | null): void {
  if (!rows) {
    console.log("\n## Cluster: skipped — it needs PostgreSQL: scripts/with-postgres.sh npm run bench -- cluster");
    return;
  }
  const baseline = rows[0]!.visitsPerSecond;
  console.log(`\n## Cluster: counter visits per second through HAProxy, ${WORKERS} counters in flight, ${MEASURE_SECONDS} s each; ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end`);
  console.table(rows.map((r) => ({ ...r, "× 1 instance": (r.visitsPerSecond / baseline).toFixed(2) })));
}

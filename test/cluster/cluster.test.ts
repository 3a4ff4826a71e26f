// npm run test:cluster — three instances behind HAProxy on one PostgreSQL server; a bounded load
// of counter visits (verify, settle, some deliberate repeats and reversals) for many people while
// one instance is killed (SIGKILL) and restarted and another is restarted gracefully (SIGTERM).
// Then: what the counters were told is exactly what the ledger holds.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openDatabase, type Database } from "@/lib/db/open";
import { ensureBuild } from "../../scripts/lib/ensure-build.mjs";
import { startCluster, type ClusterInstance, type RunningCluster } from "../../scripts/lib/cluster.mjs";
import { CounterClient, pharmacyBill, RETRYABLE_KINDS, type RequestRecord } from "../../scripts/load/counter-client";
import { accepts, holdLedgerLock, postDirect } from "./held-request";
import { createLoadWorld, type LoadPerson, type LoadTerminal } from "../../scripts/load/load-world";

const root = path.resolve(import.meta.dirname, "../..");
const PEOPLE = 150;
const TERMINALS = 48;
const WORKERS = 12;
/** The load: at least this many visits, and until both restarts are over; never more than the cap. */
const MIN_VISITS = 1000;
const MAX_VISITS = 3000;
const LOAD_DEADLINE_MS = 180_000;
/** Visits before the kill, while an instance is dead, between the restarts and after them. */
const PHASE_VISITS = 150;

let database: Database;
let cluster: RunningCluster;
let world: { people: LoadPerson[]; terminals: LoadTerminal[] };
const logDir = path.join(root, "test-results", "cluster");

beforeAll(async () => {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("The cluster test needs a PostgreSQL server: run it with `npm run test:cluster`.");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DEMO_MODE: "1", SEED_TERMINAL_KEY: "ybt_cluster_demo_terminal_0001" };
  ensureBuild(env);
  // Once, before any instance starts: migrations and the demo data (regions, facilities, policies).
  const prepared = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/prepare-database.ts"], { cwd: root, env, encoding: "utf8" });
  expect(prepared.status, prepared.stderr).toBe(0);

  database = await openDatabase({ databaseUrl });
  // One person and one terminal more than the load uses: the settlement held across SIGTERM.
  world = await createLoadWorld(database.db, { people: PEOPLE + 1, terminals: TERMINALS + 1, now: new Date() });

  mkdirSync(logDir, { recursive: true });
  const base = process.env.CLUSTER_PORT ? Number(process.env.CLUSTER_PORT) : undefined;
  cluster = await startCluster({
    instances: 3,
    port: base,
    instancePorts: base ? [base + 1, base + 2, base + 3] : undefined,
    statsPort: base ? base + 90 : undefined,
    env,
    logDir,
  });
});

afterAll(async () => {
  await cluster?.stop();
  await database?.close();
});

function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return (async () => {
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
}

/** Where in the run a moment falls, for the report. */
function phaseOf(at: number, events: Record<string, number>): string {
  const seconds = (from: number) => `${at >= from ? "+" : "−"}${(Math.abs(at - from) / 1000).toFixed(1)} s`;
  if (events.termAt !== undefined && at >= events.termAt - 2000) return `SIGTERM ${seconds(events.termAt)}`;
  if (events.killAt !== undefined && at >= events.killAt - 2000) return `SIGKILL ${seconds(events.killAt)}`;
  return "steady";
}

async function statusOf(name: string): Promise<string> {
  return (await cluster.serverStates())[name]?.status ?? "missing";
}

test("through the balancer, a killed and a gracefully restarted instance lose nothing: the ledger holds exactly what the counters were told", async () => {
  const client = new CounterClient(cluster.balancerUrl);
  const runId = randomBytes(4).toString("hex");
  const [, killed, drained] = cluster.members as [ClusterInstance, ClusterInstance, ClusterInstance];
  const events: Record<string, number> = {};
  let heldAnswer: { status: number; msAfterSigterm: number } | null = null;
  let chaosDone = false;
  const startedAt = Date.now();
  let next = 0;

  const worker = async () => {
    while ((!chaosDone || next < MIN_VISITS) && next < MAX_VISITS && Date.now() - startedAt < LOAD_DEADLINE_MS) {
      const n = next++;
      await client.visit(n, world.people[n % PEOPLE]!, world.terminals[n % TERMINALS]!, runId);
    }
  };

  const chaos = async () => {
    const visitsReach = (count: number, what: string) => waitUntil(() => client.result.visits >= count, what);
    await visitsReach(PHASE_VISITS, "the load to warm up");
    events.killAt = Date.now();
    const killedExit = await killed.stop("SIGKILL");
    expect(killedExit.signal).toBe("SIGKILL");
    await waitUntil(async () => (await statusOf(killed.name)) === "DOWN", `the balancer to mark ${killed.name} DOWN`);
    events.downSeenAt = Date.now();
    await visitsReach(client.result.visits + PHASE_VISITS, "load on the two remaining instances");
    events.restartAt = Date.now();
    await killed.restart();
    await waitUntil(async () => (await statusOf(killed.name)) === "UP", `${killed.name} UP again`);
    events.upAgainAt = Date.now();

    await visitsReach(client.result.visits + PHASE_VISITS, "load on all three again");
    // A settlement provably in flight on the instance when it gets SIGTERM: it waits for a
    // ledger lock this test holds, and is let go only after the signal.
    const person = world.people[PEOPLE]!;
    const terminal = world.terminals[TERMINALS]!;
    const token = await client.verifyOnly(person, terminal);
    expect(token).not.toBeNull();
    const lock = await holdLedgerLock(process.env.DATABASE_URL!, person.personId);
    const idempotencyKey = `cluster-${runId}-held`;
    const held = postDirect(drained.port, "/api/v1/terminal/settlements", { authorization: `Bearer ${terminal.key}`, "idempotency-key": idempotencyKey }, pharmacyBill(token!, 0))
      // Without a graceful shutdown the connection is cut: no answer at all.
      .catch(() => ({ status: 0, headers: {}, body: {} }));
    await waitUntil(async () => (await lock.waiters()) === 1, "the held settlement to wait for the ledger lock", 30_000);
    events.termAt = Date.now();
    const drainedExit = drained.stop("SIGTERM");
    await waitUntil(async () => !(await accepts(drained.port)), `${drained.name} to stop accepting connections`, 10_000);
    events.stoppedAcceptingAt = Date.now();
    await lock.release();
    const answer = await held;
    heldAnswer = { status: answer.status, msAfterSigterm: Date.now() - events.termAt };
    if (answer.status === 201) {
      const body = answer.body as { id: string; amounts: Record<string, number> };
      client.recordAccepted({ terminalId: terminal.id, idempotencyKey, id: body.id, amounts: body.amounts, reversed: false });
    }
    const exit = await drainedExit;
    events.termEndedAt = Date.now();
    events.termExitCode = exit.code ?? -1;
    await drained.restart();
    await waitUntil(async () => (await statusOf(drained.name)) === "UP", `${drained.name} UP again`);
    events.drainedUpAt = Date.now();
    await visitsReach(client.result.visits + PHASE_VISITS, "load after both restarts");
    chaosDone = true;
  };

  await Promise.all([chaos().catch((error) => { chaosDone = true; throw error; }), ...Array.from({ length: WORKERS }, worker)]);
  const loadSeconds = (Date.now() - startedAt) / 1000;
  const { requests, errorsByKind, settlements } = client.result;

  // --- The balancer routed around the dead instance.
  const whileDead = requests.filter((r) => r.startedAt >= events.killAt! && r.endedAt <= events.restartAt!);
  // An answer from the app itself (not the balancer's error page) can only come from a live instance.
  const fromApp = (r: RequestRecord) => r.status > 0 && !r.outcome.startsWith("balancer_");
  const servedByDead = whileDead.filter((r) => r.servedBy === killed.name && fromApp(r));
  const servedByOthersWhileDead = whileDead.filter((r) => r.servedBy !== killed.name && r.outcome === "ok");
  const servedByRestarted = requests.filter((r) => r.servedBy === killed.name && r.startedAt > events.upAgainAt! && r.outcome === "ok");
  const drainedInFlight = requests.filter((r) => r.servedBy === drained.name && r.startedAt < events.termAt! && r.endedAt > events.termAt! && r.outcome === "ok");
  const lostDuringDrain = requests.filter((r) => (r.status === 0 || r.outcome.startsWith("balancer_")) && r.startedAt >= events.termAt! - 1000 && r.startedAt <= events.termEndedAt!);
  const states = await cluster.serverStates();

  // --- What the database holds for the load's terminals.
  const terminalIds = world.terminals.map((t) => t.id);
  const rows = (await database.db.execute(sql`
    select s.id, s.terminal_id, s.idempotency_key, s.status, s.psn_cash_pay_fen, s.acct_pay_fen, s.hifp_pay_fen, s.medfee_sumamt_fen
    from settlements s where s.terminal_id in (${sql.join(terminalIds.map((id) => sql`${id}::uuid`), sql`, `)})`)) as unknown as {
    rows: { id: string; terminal_id: string; idempotency_key: string; status: string; psn_cash_pay_fen: string | number; acct_pay_fen: string | number; hifp_pay_fen: string | number; medfee_sumamt_fen: string | number }[];
  };
  const byKey = new Map(rows.rows.map((r) => [`${r.terminal_id}/${r.idempotency_key}`, r]));
  const tokens = (await database.db.execute(sql`
    select count(*)::int as issued, count(used_at)::int as used from settlement_tokens
    where terminal_id in (${sql.join(terminalIds.map((id) => sql`${id}::uuid`), sql`, `)})`)) as unknown as { rows: { issued: number; used: number }[] };
  const codes = (await database.db.execute(sql`
    select count(*)::int as n from used_voucher_codes where terminal_id in (${sql.join(terminalIds.map((id) => sql`${id}::uuid`), sql`, `)})`)) as unknown as { rows: { n: number }[] };

  const fen = (yuan: number) => (yuan ?? 0).toFixed(2);
  const mismatched = settlements.filter((s) => {
    const row = byKey.get(`${s.terminalId}/${s.idempotencyKey}`);
    if (!row || row.id !== s.id) return true;
    if ((row.status === "reversed") !== s.reversed) return true;
    return (
      fen(Number(row.psn_cash_pay_fen) / 100) !== fen(s.amounts.psn_cash_pay!) ||
      fen(Number(row.acct_pay_fen) / 100) !== fen(s.amounts.acct_pay!) ||
      fen(Number(row.medfee_sumamt_fen) / 100) !== fen(s.amounts.medfee_sumamt!)
    );
  });

  const verified = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/ledger-verify.ts"], { cwd: root, env: process.env, encoding: "utf8" });

  const report = {
    load: { seconds: Math.round(loadSeconds), visits: client.result.visits, requests: requests.length, workers: WORKERS, people: PEOPLE, terminals: TERMINALS },
    kills: { sigkill: killed.name, sigterm: drained.name, sigtermExitCode: events.termExitCode, secondsToMarkDown: ((events.downSeenAt! - events.killAt!) / 1000).toFixed(1) },
    routing: { okWhileDead: servedByOthersWhileDead.length, servedByDeadWhileDead: servedByDead.length, servedByRestartedAfterwards: servedByRestarted.length },
    drain: {
      heldSettlementAcrossSigterm: heldAnswer,
      msFromSigtermToNoNewConnections: events.stoppedAcceptingAt! - events.termAt!,
      msFromSigtermToExit: events.termEndedAt! - events.termAt!,
      loadRequestsInFlightAtSigtermCompleted: drainedInFlight.length,
      lostAnswersDuringDrain: lostDuringDrain.length,
    },
    balancer: Object.fromEntries(Object.entries(states).map(([name, s]) => [name, { status: s.status, requests: s.totalSessions, checksDown: s.checksDown }])),
    clientErrorsByKind: Object.fromEntries([...errorsByKind.entries()].sort()),
    lostAnswers: requests
      .filter((r) => r.status === 0 || r.outcome.startsWith("balancer_"))
      .map((r) => `${r.route} ${r.outcome}${r.detail ? ` (${r.detail})` : ""} by ${r.servedBy ?? "?"} at ${phaseOf(r.startedAt, events)}`),
    ledger: {
      settlementsAccepted: settlements.length,
      settlementsInDatabase: rows.rows.length,
      reversed: settlements.filter((s) => s.reversed).length,
      mismatched: mismatched.length,
      codesAccepted: client.result.codesAccepted,
      codesSpentWithAnswerLost: client.result.codesSpentUnseen,
      usedCodesInDatabase: codes.rows[0]!.n,
      tokens: tokens.rows[0],
      deliberateRepeatsAnsweredFirst: client.result.replaysChecked,
      settlementsAnsweredOnARepeat: client.result.settledOnRepeat,
      usedCodesRefusedOnRepeat: client.result.codeReplaysRefused,
      ledgerVerify: verified.status === 0 ? verified.stdout.trim() : `FAILED: ${verified.stdout}${verified.stderr}`,
    },
  };
  console.log(`\n=== Cluster test report\n${JSON.stringify(report, null, 2)}`);

  // Only errors a counter recovers from by repeating the request.
  expect([...errorsByKind.keys()].filter((kind) => !RETRYABLE_KINDS.has(kind))).toEqual([]);
  expect(client.result.visits).toBeGreaterThanOrEqual(MIN_VISITS);
  // Routed around the dead instance, and back to it once restarted.
  expect(servedByDead).toEqual([]);
  expect(servedByOthersWhileDead.length).toBeGreaterThan(0);
  expect(servedByRestarted.length).toBeGreaterThan(0);
  expect(states[killed.name]!.checksDown).toBeGreaterThanOrEqual(1);
  expect(Object.values(states).every((s) => s.status === "UP")).toBe(true);
  // SIGTERM: the instance stopped taking connections, finished the settlement it held, then
  // exited by itself (Next.js exits 143 once its server has closed).
  expect(heldAnswer!.status).toBe(201);
  expect(heldAnswer!.msAfterSigterm).toBeLessThanOrEqual(events.termEndedAt! - events.termAt!);
  expect(events.termExitCode).toBe(143);
  // Every accepted settlement is in the ledger exactly once, as the counter was told; nothing else is.
  expect(mismatched).toEqual([]);
  expect(rows.rows.length).toBe(settlements.length);
  expect(new Set(settlements.map((s) => `${s.terminalId}/${s.idempotencyKey}`)).size).toBe(settlements.length);
  // Every code accepted once: one used-code record and one token per accepted verify; one token spent per settlement.
  expect(codes.rows[0]!.n).toBe(client.result.codesAccepted + client.result.codesSpentUnseen);
  expect(tokens.rows[0]!.issued).toBe(client.result.codesAccepted + client.result.codesSpentUnseen);
  expect(tokens.rows[0]!.used).toBe(settlements.length);
  expect(client.result.replaysChecked).toBeGreaterThan(0);
  expect(client.result.codeReplaysRefused).toBeGreaterThan(0);
  expect(verified.status, verified.stdout + verified.stderr).toBe(0);
});

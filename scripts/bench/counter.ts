/**
 * `npm run bench -- counter`: the counter's requests over HTTP against the production server —
 * verify a code, settle a bill, and the public estimate — each as requests per second at 8 and at
 * 32 in flight, against the floor measured in the same run and round: a bare route handler that
 * reads a JSON body and does one INSERT (POST /api/v1/bench/floor, served only for the benchmark).
 * On PGlite always; on PostgreSQL too when DATABASE_URL is set (a throwaway database):
 *
 *   scripts/with-postgres.sh npm run bench -- counter [--json] [--rounds 3] [--seconds 8] [--statements] [--only postgres|pglite] [--kinds verify,settle,estimate]
 *
 * Each round measures the floor and then every request kind for a fixed window per number in
 * flight; a figure is the median over the rounds, its ratio the median of the rounds' ratios to
 * their own floor, with the range. Also: p99 latency (against the floor's p99), the server's
 * resident memory after the load (PGlite, where the database lives in the server), and on
 * PostgreSQL the statements and round trips per request, counted on the wire
 * (scripts/bench/statement-counter.ts); `--statements` lists one request's statements of each kind
 * in the order sent. BENCH_PORT chooses the server's port (and the counting
 * proxy's, the next one).
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { env } from "@/lib/env";
// @ts-expect-error -- plain ESM helpers shared with the .mjs tools
import { startAppServer } from "../lib/app-server.mjs";
import { ensureBuild } from "../lib/ensure-build.mjs";
import { CounterRequests, HttpClient, runWindow, type Kind, type WindowResult } from "./counter-load";
import { preparePgliteWorld, preparePostgresWorld, type CounterWorld } from "./counter-world";
import { startStatementCounter } from "./statement-counter";

interface AppServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface CounterFigure {
  name: string;
  value: number;
  unit: string;
  floor: number;
  ratio: number;
  /** The rounds' lowest and highest ratio. */
  range?: [number, number];
  goal?: string;
}

export interface CounterBench {
  figures: CounterFigure[];
  notes: string[];
}

export interface CounterOptions {
  rounds: number;
  seconds: number;
  /** List the statements of one request of each kind (PostgreSQL). */
  listStatements?: boolean;
  /** Measure only this database (both by default; PostgreSQL only when DATABASE_URL is set). */
  only?: "postgres" | "pglite";
  /** The request kinds measured (all by default). */
  kinds?: Exclude<Kind, "floor">[];
}

const IN_FLIGHT = [8, 32] as const;
const ALL_KINDS: Exclude<Kind, "floor">[] = ["verify", "settle", "estimate"];
const WARM_UP = 40;
const COUNTED = 20;
const LABEL: Record<Kind, string> = { floor: "floor (one INSERT)", verify: "verify a code", settle: "settle a bill", estimate: "estimate" };
// The ratio goals are PostgreSQL's; on PGlite the goal is p99 at 32 in flight.
const GOALS: Partial<Record<Kind, number>> = { verify: 0.6, settle: 0.4 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

// A server on PostgreSQL refuses to start without its own secret (lib/startup); one per run.
const AUTH_SECRET = randomBytes(32).toString("base64url");

function serverEnv(): Record<string, string> {
  return { BENCH_FLOOR_ROUTE: "1", ESTIMATE_LIMIT_PER_ADDRESS_PER_MINUTE: "10000000", LOG_LEVEL: "warn", AUTH_SECRET };
}

function basePort(): number | undefined {
  return process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
}

/** Resident memory of a process and everything below it, in MiB (Linux /proc). */
function treeRssMiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  let kib = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return round(kib / 1024, 0);
}

function failIfErrors(kind: Kind, result: WindowResult, where: string): void {
  if (result.errors.size === 0) return;
  const list = [...result.errors].map(([k, n]) => `${k} ×${n}`).join(", ");
  throw new Error(`${LABEL[kind]} (${where}) answered errors: ${list}`);
}

/** Statements and round trips per request of each kind, through the counting proxy. */
interface StatementCount {
  statements: number;
  roundTrips: number;
  /** The last counted request's statements. */
  texts: string[];
}

async function countStatements(world: CounterWorld): Promise<Map<Kind, StatementCount>> {
  const target = new URL(world.databaseUrl);
  const port = basePort();
  const counter = await startStatementCounter({ host: target.hostname, port: Number(target.port) }, port ? port + 1 : 0);
  const viaProxy = new URL(world.databaseUrl);
  viaProxy.port = String(counter.port);
  const server = (await startAppServer({ databaseUrl: viaProxy.toString(), port, env: serverEnv() })) as AppServer;
  const client = new HttpClient(server.url);
  const requests = new CounterRequests(client, world.people, world.terminals);
  const counts = new Map<Kind, StatementCount>();
  try {
    await requests.signCodes(WARM_UP + COUNTED);
    for (const kind of ["floor", ...ALL_KINDS] as Kind[]) {
      for (let i = 0; i < WARM_UP / 4; i++) await requests.send(kind, i);
      counter.reset();
      for (let i = 0; i < COUNTED; i++) {
        const outcome = await requests.send(kind, i);
        if (outcome !== null) throw new Error(`${LABEL[kind]} failed while counting statements: ${outcome}`);
      }
      // Every request of a kind sends the same statements: the last one's are the list's tail.
      const perRequest = Math.round(counter.counts.texts.length / COUNTED);
      counts.set(kind, {
        statements: round(counter.counts.statements / COUNTED, 1),
        roundTrips: round(counter.counts.roundTrips / COUNTED, 1),
        texts: counter.counts.texts.slice(-perRequest),
      });
    }
    return counts;
  } finally {
    client.close();
    await server.stop();
    await counter.close();
  }
}

interface Sample {
  perSecond: number;
  p99Ms: number;
}

async function measure(world: CounterWorld, options: CounterOptions, notes: string[]): Promise<CounterFigure[]> {
  const kinds = options.kinds ?? ALL_KINDS;
  const server = (await startAppServer({ databaseUrl: world.databaseUrl, dataDir: world.dataDir, port: basePort(), env: serverEnv() })) as AppServer;
  const client = new HttpClient(server.url);
  const requests = new CounterRequests(client, world.people, world.terminals);
  const database = world.kind === "postgres" ? "PostgreSQL" : "PGlite";
  const samples = new Map<string, Sample[]>();
  const keep = (kind: Kind, inFlight: number, result: WindowResult) => {
    const key = `${kind}@${inFlight}`;
    samples.set(key, [...(samples.get(key) ?? []), { perSecond: result.perSecond, p99Ms: result.p99Ms }]);
  };
  try {
    // Warm-up, not counted: compiled routes, JIT, pools, caches.
    await requests.signCodes(WARM_UP * 2);
    for (const kind of ["floor", ...kinds] as Kind[]) for (let i = 0; i < WARM_UP; i++) await requests.send(kind, i);
    const rssBefore = treeRssMiB(server.pid);
    for (let r = 0; r < options.rounds; r++) {
      for (const inFlight of IN_FLIGHT) {
        await client.open(inFlight);
        const floor = await runWindow(inFlight, options.seconds, (i) => requests.send("floor", i));
        failIfErrors("floor", floor, database);
        keep("floor", inFlight, floor);
        for (const kind of kinds) {
          const previous = samples.get(`${kind}@${inFlight}`)?.at(-1)?.perSecond ?? floor.perSecond * 0.8;
          if (kind === "verify") await requests.signCodes(Math.ceil(previous * options.seconds * 1.3) + inFlight);
          if (kind === "settle") {
            // Tokens come from the verifies; top up (unmeasured) when the last round settled more.
            const wanted = Math.ceil(previous * options.seconds * 1.3) + inFlight;
            if (requests.tokensReady < wanted) await requests.topUpTokens(wanted);
          }
          await client.open(inFlight);
          const result = await runWindow(inFlight, options.seconds, (i) => requests.send(kind, i));
          failIfErrors(kind, result, `${database}, ${inFlight} in flight`);
          keep(kind, inFlight, result);
        }
      }
    }
    const rssAfter = treeRssMiB(server.pid);
    notes.push(`${database}: server resident memory ${rssBefore} MiB after warm-up, ${rssAfter} MiB after the load (the process tree of npm start)`);
    const figures: CounterFigure[] = [];
    for (const inFlight of IN_FLIGHT) {
      const floors = samples.get(`floor@${inFlight}`)!;
      for (const kind of ["floor", ...kinds] as Kind[]) {
        const runs = samples.get(`${kind}@${inFlight}`)!;
        const ratios = runs.map((s, i) => s.perSecond / floors[i]!.perSecond);
        const goal = GOALS[kind];
        if (kind !== "floor") {
          figures.push({
            name: `${LABEL[kind]}, ${database}, ${inFlight} in flight`,
            value: round(median(runs.map((s) => s.perSecond)), 1),
            unit: "requests/s",
            floor: round(median(floors.map((s) => s.perSecond)), 1),
            ratio: round(median(ratios)),
            range: [round(Math.min(...ratios)), round(Math.max(...ratios))],
            goal: goal && world.kind === "postgres" ? `≥ ${goal}×` : undefined,
          });
        }
        const p99Ratios = runs.map((s, i) => s.p99Ms / floors[i]!.p99Ms);
        figures.push({
          name: `${LABEL[kind]} p99, ${database}, ${inFlight} in flight`,
          value: round(median(runs.map((s) => s.p99Ms)), 1),
          unit: "ms",
          floor: round(median(floors.map((s) => s.p99Ms)), 1),
          ratio: round(median(p99Ratios)),
          range: [round(Math.min(...p99Ratios)), round(Math.max(...p99Ratios))],
          goal: world.kind === "pglite" && inFlight === 32 && kind !== "floor" ? "≤ 1000 ms" : undefined,
        });
      }
    }
    figures.push({ name: `server resident memory after the load, ${database}`, value: rssAfter, unit: "MiB", floor: rssBefore, ratio: round(rssAfter / rssBefore) });
    return figures;
  } finally {
    client.close();
    await server.stop();
  }
}

export async function benchCounter(options: CounterOptions): Promise<CounterBench> {
  ensureBuild({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  const figures: CounterFigure[] = [];
  const notes: string[] = [];
  if (env.DATABASE_URL && options.only !== "pglite") {
    const world = await preparePostgresWorld(env.DATABASE_URL);
    try {
      const counts = await countStatements(world);
      const floor = counts.get("floor")!;
      for (const kind of ALL_KINDS) {
        const count = counts.get(kind)!;
        figures.push({ name: `${LABEL[kind]}: statements per request, PostgreSQL`, value: count.statements, unit: "statements", floor: floor.statements, ratio: round(count.statements / floor.statements) });
        figures.push({ name: `${LABEL[kind]}: round trips per request, PostgreSQL`, value: count.roundTrips, unit: "round trips", floor: floor.roundTrips, ratio: round(count.roundTrips / floor.roundTrips) });
        if (options.listStatements) notes.push(`${LABEL[kind]}, the statements of one request:\n${count.texts.map((t, i) => `  ${i + 1}. ${t.slice(0, 160)}`).join("\n")}`);
      }
      figures.push(...(await measure(world, options, notes)));
    } finally {
      await world.drop();
    }
  } else if (options.only !== "pglite") notes.push("PostgreSQL: skipped — run it with scripts/with-postgres.sh npm run bench -- counter");
  if (options.only !== "postgres") {
    const world = await preparePgliteWorld();
    try {
      figures.push(...(await measure(world, options, notes)));
    } finally {
      await world.drop();
    }
  }
  notes.push(`${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end (the machine may be shared: compare ratios, not absolute figures)`);
  return { figures, notes };
}

export function printCounterBench(bench: CounterBench, json: boolean): void {
  if (json) {
    for (const { name, value, unit, floor, ratio } of bench.figures) console.log(JSON.stringify({ name, value, unit, floor, ratio }));
    return;
  }
  console.log("\n## Counter: requests over HTTP against a one-INSERT route handler (the floor), same run and round; median of the rounds");
  console.table(
    bench.figures.map((f) => ({
      figure: f.name,
      value: `${f.value} ${f.unit}`,
      floor: `${f.floor} ${f.unit}`,
      ratio: f.ratio,
      range: f.range ? `${f.range[0]}–${f.range[1]}` : "",
      goal: f.goal ?? "",
    })),
  );
  for (const note of bench.notes) console.log(note);
}

/** `--json`, `--rounds N`, `--seconds S`, `--statements`, `--only postgres|pglite`, `--kinds a,b` from the command line. */
export function counterOptions(argv: string[]): { options: CounterOptions; json: boolean } {
  const value = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    return at >= 0 && argv[at + 1] !== undefined ? Number(argv[at + 1]) : fallback;
  };
  const onlyAt = argv.indexOf("--only");
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  if (only !== undefined && only !== "postgres" && only !== "pglite") throw new Error(`--only takes postgres or pglite, not ${only}`);
  const kindsAt = argv.indexOf("--kinds");
  const kinds = kindsAt >= 0 ? (argv[kindsAt + 1] ?? "").split(",") : undefined;
  const unknown = kinds?.filter((k) => !(ALL_KINDS as string[]).includes(k));
  if (unknown?.length) throw new Error(`--kinds takes ${ALL_KINDS.join(",")}; not ${unknown.join(",")}`);
  return {
    options: { rounds: value("--rounds", 3), seconds: value("--seconds", 8), listStatements: argv.includes("--statements"), only, kinds: kinds as CounterOptions["kinds"] },
    json: argv.includes("--json"),
  };
}

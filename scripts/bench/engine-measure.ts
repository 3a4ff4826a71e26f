/**
 * The measuring side of the engine benchmark (scripts/bench/engine.ts bundles this
 * file, as the server's bundler does, and runs it in a fresh Node process).
 *
 *   estimate       estimate(request): validation with the request schema, the
 *                  engine, the yuan response with step notes (what the HTTP route
 *                  and the server action call after JSON.parse)
 *   settlement     computeSettlement(input): the fen-domain core a ledger calls,
 *                  for the same bill already in fen (no validation)
 *   floor          JSON.parse(request text) + JSON.stringify(response)
 *
 * Each figure is the median over ROUNDS rounds of BATCH calls, after warm-up;
 * the rounds interleave the three tasks, and the ratio is the median of the
 * per-round ratios. Prints one JSON object.
 */
import { type BillLine, type SettlementInput, computeSettlement, estimate, getPolicy, parseRatio, parseYuan } from "@/lib/reimbursement";

const ROUNDS = 41;
const BATCH = 400;
const WARM_UP = 3000;

/** A 20-line pharmacy-and-clinic bill: classes A, B (regional and own shares), C, price ceilings. */
export function twentyLineRequest(): Record<string, unknown> {
  const items = Array.from({ length: 20 }, (_, i) => {
    const amount = `${(i * 37) % 400 + 12}.${String((i * 13) % 100).padStart(2, "0")}`;
    if (i % 5 === 4) return { name: `丙类项目 ${i + 1}`, class: "C", amount };
    if (i % 5 === 2) return { name: `乙类药品 ${i + 1}`, class: "B", amount, ...(i % 2 === 0 ? { selfPayRatio: 0.15 } : {}) };
    if (i % 7 === 3) return { name: `限价药品 ${i + 1}`, class: "A", amount, quantity: 2, priceCeiling: 50 };
    return { name: `甲类药品 ${i + 1}`, class: "A", amount };
  });
  return {
    policy: "CN-350400",
    serviceDate: "2023-06-01",
    person: { insurance: "employee", status: "retired", age: 66 },
    visit: { kind: "general_outpatient", facilityLevel: 1 },
    items,
    accumulators: { deductiblePaid: 300, fundPaid: { general_outpatient: 16000 } },
    personalAccount: { balance: 800, use: true },
  };
}

interface BenchItem {
  class: "A" | "B" | "C";
  amount: string;
  quantity?: number;
  selfPayRatio?: number;
  priceCeiling?: number;
}

function fen(value: number | string): number {
  const parsed = parseYuan(value);
  if (!parsed.ok) throw new Error(`bad amount ${value}`);
  return parsed.value;
}

/** The same line in the fen domain, as the contract would hand it to the engine. */
function toBillLine(item: BenchItem): BillLine {
  const share = item.selfPayRatio === undefined ? undefined : parseRatio(item.selfPayRatio);
  return {
    itemClass: item.class,
    amount: fen(item.amount),
    quantity: item.quantity,
    classBShare: share?.ok ? share.value : undefined,
    priceCeiling: item.priceCeiling === undefined ? undefined : fen(item.priceCeiling),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Microseconds per call of one batch of `work`. */
function batch(work: () => unknown): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < BATCH; i++) work();
  return Number(process.hrtime.bigint() - start) / 1000 / BATCH;
}

type Task = "estimate" | "settlement" | "floor";

/**
 * Median microseconds per call of each task, and the medians of the per-round
 * ratios to the floor. Rounds interleave the tasks so that a machine busy with
 * other work slows all of them alike.
 */
function measure(tasks: Record<Task, () => unknown>) {
  const names: Task[] = ["estimate", "settlement", "floor"];
  for (const name of names) for (let i = 0; i < WARM_UP; i++) tasks[name]();
  const samples: Record<Task, number[]> = { estimate: [], settlement: [], floor: [] };
  const estimateRatios: number[] = [];
  const settlementRatios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const timing: Record<Task, number> = { estimate: 0, settlement: 0, floor: 0 };
    for (const name of names) {
      timing[name] = batch(tasks[name]);
      samples[name].push(timing[name]);
    }
    estimateRatios.push(timing.estimate / timing.floor);
    settlementRatios.push(timing.settlement / timing.floor);
  }
  return {
    estimateUs: median(samples.estimate),
    settlementUs: median(samples.settlement),
    jsonFloorUs: median(samples.floor),
    estimateRatio: median(estimateRatios),
    settlementRatio: median(settlementRatios),
  };
}

export interface EngineFigures {
  requestBytes: number;
  responseBytes: number;
  rounds: number;
  batch: number;
  /** Median µs per call. */
  estimateUs: number;
  settlementUs: number;
  jsonFloorUs: number;
  /** ÷ floor, median of the per-round ratios. */
  estimateRatio: number;
  settlementRatio: number;
}

export function measureEngine(): EngineFigures {
  const request = twentyLineRequest();
  const requestText = JSON.stringify(request);
  const first = estimate(request);
  if (!first.ok) throw new Error(`bench request rejected: ${JSON.stringify(first.issues)}`);
  const policy = getPolicy("CN-350400");
  if (!policy) throw new Error("CN-350400 missing");
  const settlementInput: SettlementInput = {
    policy,
    serviceDate: "2023-06-01",
    person: { insurance: "employee", status: "retired", age: 66, assistance: "none" },
    visit: { kind: "general_outpatient", facilityLevel: 1, crossRegion: "none" },
    lines: (request["items"] as BenchItem[]).map(toBillLine),
    accumulators: { deductiblePaid: { general_outpatient: 30000 }, fundPaid: { general_outpatient: 1600000 } },
    account: { balance: 80000, use: true, owner: "self" },
  };
  const response = first.response;
  const direct = computeSettlement(settlementInput);
  if (!direct.ok || JSON.stringify(direct.settlement.amounts) !== JSON.stringify(first.settlement.amounts)) {
    throw new Error("the fen-domain input does not settle the same bill as the request");
  }
  const figures = measure({
    estimate: () => estimate(request),
    settlement: () => computeSettlement(settlementInput),
    floor: () => {
      JSON.parse(requestText);
      return JSON.stringify(response);
    },
  });
  return { requestBytes: requestText.length, responseBytes: JSON.stringify(response).length, rounds: ROUNDS, batch: BATCH, ...figures };
}

// The bundle is run as a script: measure, print JSON.
if (process.argv[1] && /engine-measure\.(ts|mjs)$/.test(process.argv[1])) {
  console.log(JSON.stringify(measureEngine()));
}

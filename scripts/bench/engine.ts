/**
 * Engine benchmark: microseconds per estimate of a 20-line bill, against the
 * floor of handling the same JSON (JSON.parse of the request text plus
 * JSON.stringify of the response) measured in the same process and run.
 *
 * The engine is measured as the server runs it: bundled (here with esbuild, as
 * Next bundles the route and the server action), not through the on-the-fly
 * TypeScript loader the scripts use, whose module wrappers cost time the
 * server never pays. The goal is each ratio to the floor ≤ 2.
 * Run alone with `npx tsx scripts/bench/engine.ts`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import type { EngineFigures } from "./engine-measure";

const ROOT = path.resolve(__dirname, "../..");

/** Bundles the measuring script with the engine and runs it in a fresh Node process. */
async function measureBundled(): Promise<EngineFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), "yibao-bench-engine-"));
  try {
    const outfile = path.join(dir, "engine-measure.mjs");
    await build({
      entryPoints: [path.join(ROOT, "scripts/bench/engine-measure.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile,
      alias: { "@": ROOT },
      logLevel: "error",
    });
    return JSON.parse(execFileSync(process.execPath, [outfile], { encoding: "utf8" })) as EngineFigures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface EngineBench {
  /** Human-readable lines for the bench report. */
  lines: string[];
  /** The measured figures, and estimateGoalMet / settlementGoalMet (1 when the ratio is ≤ 2, else 0). */
  results: Record<string, number>;
}

export async function benchEngine(): Promise<EngineBench> {
  const f = await measureBundled();
  const goal = (ratio: number) => (ratio <= 2 ? "goal ≤ 2× met" : "goal ≤ 2× not met");
  const lines = [
    `Engine, bundled as the server runs it: a 20-line bill (request ${f.requestBytes} bytes, response ${f.responseBytes} bytes), median of ${f.rounds} rounds × ${f.batch} calls`,
    `  estimate(request): validate + settle + yuan response   ${f.estimateUs.toFixed(1)} µs  ${f.estimateRatio.toFixed(2)}× floor (${goal(f.estimateRatio)})`,
    `  computeSettlement(input): fen-domain engine            ${f.settlementUs.toFixed(1)} µs  ${f.settlementRatio.toFixed(2)}× floor (${goal(f.settlementRatio)})`,
    `  floor: JSON.parse(request) + JSON.stringify(response)  ${f.jsonFloorUs.toFixed(1)} µs`,
  ];
  const { requestBytes: _r, responseBytes: _s, rounds: _n, batch: _b, ...timings } = f;
  return {
    lines,
    results: { ...timings, estimateGoalMet: f.estimateRatio <= 2 ? 1 : 0, settlementGoalMet: f.settlementRatio <= 2 ? 1 : 0 },
  };
}

if (process.argv[1] && /bench[\\/]engine\.ts$/.test(process.argv[1])) {
  benchEngine().then(
    (bench) => console.log(bench.lines.join("\n")),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}

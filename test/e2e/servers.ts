import { availableParallelism } from "node:os";

/**
 * The end-to-end run starts one production server per test worker, each with its own embedded
 * database seeded with the demo people, so that two journeys that grant, accept and end the same
 * demo person's grants never run against the same data at once. A worker always talks to the
 * server of its parallel index (at most one worker holds an index at a time).
 *
 * E2E_WORKERS overrides the count (1 runs everything against one server, as a debugger wants).
 */
export const e2eWorkers = Number(process.env.E2E_WORKERS ?? Math.min(2, Math.max(1, availableParallelism())));

const firstPort = Number(process.env.E2E_PORT ?? 3211);

export function e2eServerPort(index: number): number {
  return firstPort + index;
}

export function e2eServerURL(index: number): string {
  return `http://127.0.0.1:${e2eServerPort(index)}`;
}

/** A port no server of the run uses, for a test that starts a server of its own. */
export const spareE2ePort = firstPort + e2eWorkers;

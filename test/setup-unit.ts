import fc from "fast-check";
import { afterEach, beforeAll } from "vitest";

// Property tests draw the same cases on every run, so that a red run can be replayed and a green
// one means the same thing on every machine. PROPERTY_SEED=<n> explores other cases (a failure
// prints its seed and path, which reproduce it).
fc.configureGlobal({ seed: Number(process.env.PROPERTY_SEED ?? 20261128) });

beforeAll(async () => {
  if (typeof document === "undefined") return;
  const { configure } = await import("@testing-library/react");
  // findBy…/waitFor wait for a state, not a time: the ceiling only decides when a missing state
  // is reported. Testing Library's 1 s default fails healthy tests on a busy machine.
  configure({ asyncUtilTimeout: 15_000 });
});

// React Testing Library does not auto-clean with Vitest; component tests opt into jsdom per file.
afterEach(async () => {
  if (typeof document === "undefined") return;
  const { cleanup } = await import("@testing-library/react");
  cleanup();
});

import { vi } from "vitest";

// Every integration file drives pages and actions with the framework's input supplied by
// test/helpers/next-request.ts. The mock is declared here, for all of them, because a worker keeps
// the app's modules loaded from one file to the next: the first file to load the request context
// decides which `next/headers` it holds for the rest of the run.
vi.mock("next/headers", () => import("../helpers/next-request").then((m) => m.nextHeaders));
vi.mock("next/cache", () => import("../helpers/next-request").then((m) => m.nextCache));

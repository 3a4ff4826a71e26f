import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// "server-only" throws outside React Server Components; tests import server modules directly.
const alias = {
  "@/": root,
  "server-only": fileURLToPath(new URL("./test/fixtures/empty-module.ts", import.meta.url)),
};

// The server log of an integration run: its global teardown fails the run on any phone number or
// code in it (test/helpers/log-scan.ts). On PostgreSQL the run is outside demo mode.
// The logger makes the folder when a test first logs (unit runs make none).
const integrationLog = (process.env.INTEGRATION_LOG_FILE ??= path.join(tmpdir(), `yibao-integration-log-${process.pid}-${Date.now()}`, "server.log"));

const integration = {
  environment: "node",
  globalSetup: ["test/integration/global-setup.ts"],
  setupFiles: ["test/integration/setup.ts"],
  // The secret that keys sign-in codes (required on PostgreSQL), and the token of the peer
  // header that scripts/serve.mjs stamps: tests send it as the server would.
  env: { AUTH_SECRET: "integration-tests-secret-0123456789abcdef", PEER_HEADER_TOKEN: "integration-peer-token", LOG_LEVEL: "warn", LOG_FILE: integrationLog },
  testTimeout: 60_000,
  hookTimeout: 60_000,
} as const;
const environmentFiles = ["test/integration/kiosk-limits.test.ts", "test/integration/sign-in-abuse.test.ts", "test/integration/prepared-statements-unnamed.test.ts"];

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    // Vitest's default (cores − 1) runs one file at a time on a 2-core laptop; two workers keep
    // both cores busy while a test waits on its database (measured: 256 s → 198 s there).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["test/setup-unit.ts"],
          // Component tests type and click through whole forms: generous on a busy machine.
          testTimeout: 30_000,
          // A worker keeps modules loaded from one file to the next (each file's mocks are still
          // its own): loading React, the catalogue and the engine again for every file cost a
          // fifth of the stage.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The project's commands (estimate and provenance CLIs, the layer rules), run as processes.
          name: "commands",
          include: ["test/commands/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          ...integration,
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          exclude: environmentFiles,
          // A worker keeps the app's modules loaded from one file to the next (each file still
          // gets fresh databases): importing the pages and actions again for every file was a
          // third of the stage's time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...integration,
          // Files that set the process environment before the app reads it (lib/env.ts reads it
          // once, when first imported) need modules of their own.
          name: "integration-environment",
          include: environmentFiles,
        },
      },
    ],
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

// The cluster test (npm run test:cluster): its own run, never part of `npm test`. It starts
// HAProxy and several app instances on the PostgreSQL server named by DATABASE_URL.
export default defineConfig({
  root,
  resolve: {
    alias: {
      "@/": root,
      "server-only": fileURLToPath(new URL("../fixtures/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    include: ["test/cluster/**/*.test.ts"],
    environment: "node",
    testTimeout: 300_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});

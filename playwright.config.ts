import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./test/e2e/chromium";

// One production server for the run, on loopback, with its own throwaway embedded database.
const port = Number(process.env.E2E_PORT ?? 3211);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "yibao-e2e-"));

export const e2eTerminalKey = "ybt_e2e_terminal_key_for_tests_only";

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [{ name: "phone", use: { ...devices["Pixel 7"], browserName: "chromium" } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/v1/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      PGLITE_DATA_DIR: dataDir,
      DEMO_MODE: "1",
      SEED_TERMINAL_KEY: e2eTerminalKey,
      DATABASE_URL: "",
      // The suite signs in dozens of times from one address.
      OTP_LIMIT_PER_PHONE_PER_HOUR: "1000",
      OTP_LIMIT_PER_ADDRESS_PER_HOUR: "1000",
      // Every test's fresh browser sets up a device for the person it signs in as, and most
      // never sign out; the limit of 10 is tested in the integration suite.
      DEVICE_LIMIT_PER_ACCOUNT: "1000",
    },
  },
});

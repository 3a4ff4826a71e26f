import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./test/e2e/chromium";
import { e2eServerPort, e2eServerURL, e2eWorkers } from "./test/e2e/servers";

// One production server per test worker, on loopback, each with its own throwaway embedded
// database (test/e2e/servers.ts says why).
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "yibao-e2e-"));
// The servers' logs for the whole run: test/e2e/server-log.teardown.ts fails the run on any CSP
// violation a browser reported, and on any phone number or code in them.
const logDir = (process.env.E2E_SERVER_LOG_DIR ??= mkdtempSync(path.join(tmpdir(), "yibao-e2e-log-")));

export const e2eTerminalKey = "ybt_e2e_terminal_key_for_tests_only";

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  // A whole journey (the kiosk's every control, a son acting for his father) walks dozens of
  // screens; with two workers sharing two busy cores one can take over a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Files run in parallel, each file's tests in order on one worker and its server.
  fullyParallel: false,
  workers: e2eWorkers,
  retries: 0,
  reporter: [["list"]],
  globalTeardown: "./test/e2e/server-log.teardown.ts",
  use: {
    // Replaced per worker by test/e2e/test.ts; this is the first server.
    baseURL: e2eServerURL(0),
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [{ name: "phone", use: { ...devices["Pixel 7"], browserName: "chromium" } }],
  webServer: Array.from({ length: e2eWorkers }, (_, index) => ({
    command: "node scripts/start.mjs",
    url: `${e2eServerURL(index)}/api/v1/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // The server logs to LOG_FILE, which the run checks at its end (server-log.teardown.ts).
    stdout: "ignore",
    env: {
      PORT: String(e2eServerPort(index)),
      HOST: "127.0.0.1",
      PGLITE_DATA_DIR: path.join(dataDir, `server-${index}`),
      DEMO_MODE: "1",
      LOG_FILE: path.join(logDir, `server-${index}.log`),
      SEED_TERMINAL_KEY: e2eTerminalKey,
      DATABASE_URL: "",
      // The suite signs in dozens of times from one address.
      OTP_LIMIT_PER_PHONE_PER_HOUR: "1000",
      OTP_LIMIT_PER_ADDRESS_PER_HOUR: "1000",
      // "重新获取验证码" at once after the last wrong code, however fast the browser types (the wait
      // itself is tested in the integration suite).
      OTP_RESEND_WAIT_SECONDS: "0",
      // Every test's fresh browser sets up a device for the person it signs in as, and most
      // never sign out; the limit of 10 is tested in the integration suite.
      DEVICE_LIMIT_PER_ACCOUNT: "1000",
    },
  })),
});

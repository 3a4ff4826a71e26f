import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./test/e2e/chromium";

// One production server for the run, on loopback, with its own throwaway embedded database.
const port = Number(process.env.E2E_PORT ?? 3211);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "yibao-e2e-"));
// The server's log for the whole run: test/e2e/server-log.teardown.ts fails the run on any CSP
// violation the browser reported, and on any phone number or code in it.
export const serverLogFile = (process.env.E2E_SERVER_LOG ??= path.join(mkdtempSync(path.join(tmpdir(), "yibao-e2e-log-")), "server.log"));

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
  globalTeardown: "./test/e2e/server-log.teardown.ts",
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
    // The server logs to LOG_FILE, which the run checks at its end (server-log.teardown.ts).
    stdout: "ignore",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      PGLITE_DATA_DIR: dataDir,
      DEMO_MODE: "1",
      LOG_FILE: serverLogFile,
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
  },
});

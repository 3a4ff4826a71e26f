// npm test: the whole suite — types, the layer rules, unit and component tests, integration
// tests on PGlite, then end-to-end tests in Debian's Chromium against the production build.
// `--only e2e` runs just the end-to-end part.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureChromium, ensurePdfTools } from "./ensure-chromium.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const onlyE2e = process.argv.includes("--only") && process.argv.includes("e2e");
const started = Date.now();

const timings = [];

function step(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  timings.push(`${title}: ${((Date.now() - stepStarted) / 1000).toFixed(0)} s`);
  if (result.status !== 0) {
    console.error(`\n${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

if (!onlyE2e) {
  step("Type check", bin("tsc"), ["--noEmit"]);
  // The import rules of CONTRIBUTING.md (.dependency-cruiser.cjs): any violation fails the run.
  step("Layer rules", bin("depcruise"), ["app", "components", "lib", "scripts", "--config", ".dependency-cruiser.cjs"]);
  // Integration tests use their own fresh PGlite; DATABASE_URL is for the separate real-PostgreSQL run.
  step("Unit, component and integration tests", bin("vitest"), ["run"], { DATABASE_URL: "" });
}

try {
  env.CHROME_PATH = ensureChromium();
  ensurePdfTools();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
step("Production build", bin("next"), ["build"], { NODE_ENV: "production" });
step("End-to-end tests (Chromium)", bin("playwright"), ["test"]);

console.log(`\n${timings.join("\n")}`);
console.log(`All tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

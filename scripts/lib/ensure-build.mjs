// Builds the production app (next build) when it is missing or older than its sources.
// Used by `npm start` and `npm run cluster`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const sources = ["app", "components", "lib", "public", "next.config.js", "proxy.ts", "instrumentation.ts", "package-lock.json", "postcss.config.mjs"];

function newestChange(entries) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) for (const e of readdirSync(p)) visit(path.join(p, e));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  entries.forEach((e) => visit(path.join(root, e)));
  return newest;
}

export function ensureBuild(env) {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (existsSync(buildId) && newestChange(sources) <= statSync(buildId).mtimeMs) return;
  console.log("Building the app (next build)…");
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// npm run test:stress: the unit, component and integration tests while every core is kept busy
// by a CPU hog, as on a laptop that is also building something else. Hogs are started and
// stopped here, and stop by themselves if this process dies.
//   npm run test:stress                 # every core busy
//   npm run test:stress -- --hogs 4     # a given number of hogs
//   npm run test:stress -- test/unit    # extra arguments go to vitest
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const hogsAt = args.indexOf("--hogs");
const hogCount = hogsAt >= 0 ? Number(args.splice(hogsAt, 2)[1]) : os.availableParallelism();
if (!Number.isInteger(hogCount) || hogCount < 0) {
  console.error("--hogs takes a whole number");
  process.exit(2);
}

// A busy loop that looks up its parent now and then and ends when the parent is gone.
const hogSource = `const parent = Number(process.argv[1]); let n = 0;
for (;;) { if (++n % 50_000_000 === 0) { try { process.kill(parent, 0); } catch { process.exit(0); } } }`;
const hogs = Array.from({ length: hogCount }, () => spawn(process.execPath, ["-e", hogSource, String(process.pid)], { stdio: "ignore" }));
const stopHogs = () => hogs.forEach((hog) => hog.kill("SIGKILL"));
process.on("exit", stopHogs);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

console.log(`=== Unit, component and integration tests with ${hogCount} CPU hog(s) running`);
const started = Date.now();
const vitest = spawn(path.join(root, "node_modules/.bin/vitest"), ["run", ...args], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "" },
});
vitest.on("exit", (code, signal) => {
  stopHogs();
  console.log(`\nStress run ${code === 0 ? "passed" : "failed"} in ${((Date.now() - started) / 1000).toFixed(0)} s with ${hogCount} hog(s).`);
  process.exit(code ?? (signal ? 1 : 0));
});

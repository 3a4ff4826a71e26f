import { readdirSync } from "node:fs";
import path from "node:path";
import { logProblems, scanServerLog } from "../helpers/log-scan";

/**
 * After the whole end-to-end run: the servers' logs (LOG_FILE of each, one JSON line each) must
 * hold no Content-Security-Policy violation that a page reported, and no phone number or one-time
 * code — the run signs in dozens of times, fails codes on purpose and sends bad input to every
 * kind of entry point.
 */
export default function checkServerLogs(): void {
  const dir = process.env.E2E_SERVER_LOG_DIR;
  const files = dir ? readdirSync(dir).filter((name) => name.endsWith(".log")).map((name) => path.join(dir, name)) : [];
  if (files.length === 0) throw new Error(`No server log of the run was written (${dir ?? "no log folder set"}).`);
  const problems: string[] = [];
  for (const file of files.sort()) {
    const scan = scanServerLog(file);
    problems.push(...logProblems(scan));
    console.log(`Server log ${path.basename(file)}: ${scan.lines} lines, ${scan.cspViolations.length} CSP violations, ${scan.personal.length + scan.scrubbed.length} with a phone number or code, ${scan.errors} errors.`);
  }
  if (problems.length > 0) throw new Error(`The server logs of the run are not clean:\n${problems.slice(0, 20).join("\n")}`);
}

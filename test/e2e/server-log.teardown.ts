import { logProblems, scanServerLog } from "../helpers/log-scan";

/**
 * After the whole end-to-end run: the server's log (LOG_FILE, one JSON line each) must hold no
 * Content-Security-Policy violation that a page reported, and no phone number or one-time code —
 * the run signs in dozens of times, fails codes on purpose and sends bad input to every kind of
 * entry point.
 */
export default function checkServerLog(): void {
  const scan = scanServerLog(process.env.E2E_SERVER_LOG);
  const problems = logProblems(scan);
  console.log(`Server log: ${scan.lines} lines, ${scan.cspViolations.length} CSP violations, ${scan.personal.length + scan.scrubbed.length} with a phone number or code, ${scan.errors} errors.`);
  if (problems.length > 0) throw new Error(`The server log of the run is not clean:\n${problems.slice(0, 20).join("\n")}`);
}

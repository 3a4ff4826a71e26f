import { existsSync, readFileSync } from "node:fs";
import { seedPeople } from "@/lib/seed/people";

/**
 * After the whole end-to-end run: the server's log (LOG_FILE, one JSON line each) must hold no
 * Content-Security-Policy violation that a page reported, and no phone number or one-time code —
 * the run signs in dozens of times, fails codes on purpose and sends bad input to every kind of
 * entry point.
 */
export default function checkServerLog(): void {
  const file = process.env.E2E_SERVER_LOG;
  if (!file || !existsSync(file)) throw new Error(`The server log of the run was not written (${file ?? "E2E_SERVER_LOG unset"}).`);
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const violations = lines.filter((line) => line.includes("csp violation"));
  const phones = new Set(seedPeople.map((p) => p.phone).filter((p): p is string => Boolean(p)));
  const mobile = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/;
  const code = /(?<![0-9A-Za-z.:-])\d{6}(?:\d{6})?(?![0-9A-Za-z.:-])/;
  const personal = lines.filter((line) => mobile.test(line) || [...phones].some((p) => line.includes(p)) || code.test(line));
  // The logger's scrubber caught a phone number: something tried to log one.
  const scrubbed = lines.filter((line) => line.includes("[phone]"));
  const errors = lines.filter((line) => line.includes('"level":"error"') || line.includes('"level":"fatal"'));
  console.log(`Server log: ${lines.length} lines, ${violations.length} CSP violations, ${personal.length + scrubbed.length} with a phone number or code, ${errors.length} errors.`);
  const problems = [
    ...violations.map((line) => `CSP violation: ${line}`),
    ...personal.map((line) => `phone number or code in the log: ${line}`),
    ...scrubbed.map((line) => `a phone number was logged (and scrubbed): ${line}`),
  ];
  if (problems.length > 0) throw new Error(`The server log of the run is not clean:\n${problems.slice(0, 20).join("\n")}`);
}

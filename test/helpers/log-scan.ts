import { existsSync, readFileSync } from "node:fs";
import { seedPeople } from "@/lib/seed/people";

/**
 * What a server log of a whole test run must not hold: a mobile number (as written anywhere, or
 * a demo person's), a one-time code (6 or 12 digits standing alone), or a line the logger's
 * scrubber had to clean ("[phone]": something tried to log a phone number).
 */
export interface LogScan {
  lines: number;
  personal: string[];
  scrubbed: string[];
  cspViolations: string[];
  errors: number;
}

const MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/;
const CODE = /(?<![0-9A-Za-z.:-])\d{6}(?:\d{6})?(?![0-9A-Za-z.:-])/;

export function scanServerLog(file: string | undefined): LogScan {
  if (!file || !existsSync(file)) throw new Error(`The server log of the run was not written (${file ?? "no log file set"}).`);
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const phones = seedPeople.map((p) => p.phone).filter((p): p is string => Boolean(p));
  return {
    lines: lines.length,
    personal: lines.filter((line) => MOBILE.test(line) || phones.some((p) => line.includes(p)) || CODE.test(line)),
    scrubbed: lines.filter((line) => line.includes("[phone]")),
    cspViolations: lines.filter((line) => line.includes("csp violation")),
    errors: lines.filter((line) => line.includes('"level":"error"') || line.includes('"level":"fatal"')).length,
  };
}

/**
 * The problems of a scan, one line each (empty when the log is clean). CSP violations count only
 * where a browser reported them (the end-to-end run); the integration run posts made-up reports.
 */
export function logProblems(scan: LogScan, { cspViolations = true } = {}): string[] {
  return [
    ...(cspViolations ? scan.cspViolations.map((line) => `CSP violation: ${line}`) : []),
    ...scan.personal.map((line) => `phone number or code in the log: ${line}`),
    ...scan.scrubbed.map((line) => `a phone number was logged (and scrubbed): ${line}`),
  ];
}

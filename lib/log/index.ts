/**
 * The one logger of the server (pino): JSON lines on standard output (and LOG_FILE), at
 * LOG_LEVEL. Nothing in app/ or lib/ writes to the console; Next.js's own console output is
 * routed here too (routeConsoleToLog, called at start-up by instrumentation.ts).
 *
 * What a log line may hold: fixed words, codes, ids, SQLSTATEs. What it never holds, in any
 * mode: a phone number, a one-time code, a national ID, a key, a cookie, an SQL parameter.
 * Three layers keep it so: callers log facts, not input; known fields are redacted by name; and
 * every string is scrubbed of long digit runs (phone numbers, codes, IDs) before it is written.
 */
import "server-only";
import { format } from "node:util";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";
import { errorFacts, scrubText, scrubValue } from "./scrub";

export { errorFacts, scrubText } from "./scrub";

/** Field names whose values are never written, wherever they sit in a logged object. */
const REDACTED_FIELDS = ["phone", "otp", "password", "token", "key", "secret", "authorization", "cookie", "params", "nationalId", "body"];

function destination(): DestinationStream {
  const stdout = pino.destination({ dest: 1, sync: true });
  if (!env.LOG_FILE) return stdout;
  return pino.multistream([{ stream: stdout }, { stream: pino.destination({ dest: env.LOG_FILE, sync: true, append: true, mkdir: true }) }]);
}

export function createLogger(stream: DestinationStream = destination(), level: string = env.LOG_LEVEL): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: REDACTED_FIELDS.flatMap((name) => [name, `*.${name}`, `*.*.${name}`]),
        censor: "[redacted]",
      },
      serializers: { err: errorFacts, error: errorFacts },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrubValue(object) as Record<string, unknown>,
      },
      hooks: {
        // The message and its interpolated values are scrubbed like every field.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    stream,
  );
}

/** The process's logger. */
export const log: Logger = createLogger();

type ConsoleMethod = "log" | "info" | "warn" | "error" | "debug" | "trace";
const CONSOLE_LEVELS: Record<ConsoleMethod, "info" | "warn" | "error" | "debug" | "trace"> = {
  log: "info",
  info: "info",
  warn: "warn",
  error: "error",
  debug: "debug",
  trace: "trace",
};

let routed = false;

/**
 * Sends what Next.js and libraries print with console.* through the logger, so that their lines
 * are scrubbed and levelled too (an error thrown while rendering a page is printed by Next.js
 * with its message, which for a database error holds the query's parameters).
 */
export function routeConsoleToLog(logger: Logger = log): void {
  if (routed) return;
  routed = true;
  for (const method of Object.keys(CONSOLE_LEVELS) as ConsoleMethod[]) {
    const level = CONSOLE_LEVELS[method];
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const words = args.filter((arg) => !(arg instanceof Error)).map((arg) => (typeof arg === "string" ? arg : format("%o", arg)));
      const message = words.join(" ").replace(/\u001b\[[0-9;]*m/g, "").trim() || (error ? "error" : "");
      if (error) logger[level]({ err: error, source: "console" }, message);
      else logger[level]({ source: "console" }, message);
    };
  }
}

/**
 * What may reach a log line: digit runs long enough to be a phone number, a one-time code or a
 * national ID are replaced, and an error is reduced to facts that hold no input (its type, a
 * message without parameters, the SQLSTATE and constraint, the stack's frames).
 */

// Mobile numbers as people write them: 13800138000, +86 138 0013 8000, 138-0013-8000.
const PHONE = /(?<![0-9A-Za-z])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![0-9A-Za-z])/g;
// Six or more digits standing alone (not inside a word or a hex id): one-time codes (6 or 12
// digits), national IDs (18, the last may be X), account numbers.
const DIGIT_RUN = /(?<![0-9A-Za-z])\d{6,}[Xx]?(?![0-9A-Za-z])/g;
// Full-width digits are read as digits by people and by the sign-in form.
const FULL_WIDTH_DIGIT_RUN = /[０-９]{6,}/g;

export function scrubText(text: string): string {
  return text.replace(PHONE, "[phone]").replace(DIGIT_RUN, "[digits]").replace(FULL_WIDTH_DIGIT_RUN, "[digits]");
}

/** Scrubs every string in a logged value (objects and arrays to a bounded depth). */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubText(value);
  if (value === null || typeof value !== "object" || depth > 6) return value;
  if (value instanceof Error) return errorFacts(value);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) out[name] = scrubValue(item, depth + 1);
  return out;
}

export interface ErrorFacts {
  type: string;
  message: string;
  sqlState?: string;
  constraint?: string;
  table?: string;
  stack?: string;
  cause?: ErrorFacts;
}

/**
 * An error as the log may hold it. A database error's message can carry input (drizzle's
 * "Failed query: … params: …", PostgreSQL's `invalid input syntax for type uuid: "…"` and its
 * `detail`, "Key (phone)=(…) already exists"): the parameters, quoted values and detail are
 * left out; the SQLSTATE, constraint and table say what went wrong.
 */
export function errorFacts(error: unknown, depth = 0): ErrorFacts {
  // Already reduced (the log's formatter reduces errors anywhere in a line, then pino's serializer sees them).
  if (isErrorFacts(error)) return error;
  if (!(error instanceof Error)) return { type: typeof error, message: scrubText(String(error)).slice(0, 500) };
  const facts: ErrorFacts = { type: error.name || "Error", message: safeMessage(error) };
  const fields = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; cause?: unknown };
  if (typeof fields.code === "string" && /^[0-9A-Z]{5}$/.test(fields.code)) facts.sqlState = fields.code;
  if (typeof fields.constraint === "string") facts.constraint = fields.constraint;
  if (typeof fields.table === "string") facts.table = fields.table;
  if (error.stack) {
    // The first line repeats the message; only the frames are kept.
    facts.stack = error.stack.split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 12).join("\n");
  }
  if (fields.cause !== undefined && depth < 3) facts.cause = errorFacts(fields.cause, depth + 1);
  return facts;
}

function isErrorFacts(value: unknown): value is ErrorFacts {
  return value !== null && typeof value === "object" && !(value instanceof Error) && typeof (value as ErrorFacts).type === "string" && typeof (value as ErrorFacts).message === "string";
}

function safeMessage(error: Error): string {
  let message = error.message ?? "";
  const withParams = message.indexOf("\nparams:");
  if (withParams >= 0) message = message.slice(0, withParams);
  const code = (error as Error & { code?: unknown }).code;
  const database = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
  // A database's words quote the values they refused; the constraint is logged on its own.
  if (database) message = message.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");
  return scrubText(message).slice(0, 2000);
}

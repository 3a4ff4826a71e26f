/**
 * Idempotent settlement: the caller's key identifies the request, and a hash of the request's
 * canonical JSON tells a true retry (same request: answer with the first settlement) from a key
 * reused for something else (refused).
 */
import { createHash } from "node:crypto";
import type { ParsedSettleInput } from "./settle-input";

/** JSON with object keys sorted at every level, so equal requests give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The request as stored with the settlement: everything the caller asked for except the clock. */
export function storedRequest(input: ParsedSettleInput): Record<string, unknown> {
  const { now: _now, ...request } = input;
  return JSON.parse(canonicalJson(request)) as Record<string, unknown>;
}

export function requestHash(input: ParsedSettleInput): string {
  return createHash("sha256").update(canonicalJson(storedRequest(input))).digest("hex");
}

interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
}

/**
 * True when a database error (possibly wrapped by the ORM) is a unique violation (SQLSTATE
 * 23505), of the named constraint when one is given. Works for node-postgres and PGlite errors.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === "object"; depth++) {
    const fields = current as PgErrorFields;
    if (fields.code === "23505") {
      if (constraint === undefined || fields.constraint === constraint) return true;
      return typeof fields.message === "string" && fields.message.includes(constraint);
    }
    current = fields.cause;
  }
  return false;
}

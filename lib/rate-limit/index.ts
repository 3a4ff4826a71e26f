import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db, SqlValue } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/**
 * Fixed-window rate limiting kept in the database (table rate_limits), so that every app
 * instance counts against the same limit. One statement per request counts the hit in the
 * current window. A window's row is read only while the window lasts (the key and the window's
 * start are the lookup), so an ended window counts for nothing; the retention purge
 * (lib/retention) deletes it once it has expired, never the request path.
 */
export interface RateLimitRule {
  /** What is limited, e.g. `terminal-verify:<terminal id>`. */
  key: string;
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Requests counted in this window, this one included. */
  count: number;
  remaining: number;
  /** When the current window ends and the count starts again. */
  resetAt: Date;
}

/** The start of the fixed window that contains `now`, aligned to the epoch. */
export function windowStartOf(now: Date, windowMs: number): Date {
  const ms = now.getTime();
  return new Date(ms - (ms % windowMs));
}

/** Counts one request against the rule and says whether it is within the limit. */
export async function hitRateLimit(db: Db, rule: RateLimitRule, now: Date): Promise<RateLimitResult> {
  const hit = rateLimitHitValues(rule, now);
  const result = (await db.execute(rateLimitHitStatement(hit.key, hit.windowStart, hit.windowEnd))) as unknown as { rows: { count: number | string }[] };
  return rateLimitResultOf(rule, now, result.rows[0]?.count ?? 1);
}

/** What a hit counts: the rule's key and the current window, for rateLimitHitStatement's values. */
export function rateLimitHitValues(rule: RateLimitRule, now: Date): { key: string; windowStart: string; windowEnd: string } {
  if (!Number.isInteger(rule.limit) || rule.limit < 1) throw new RangeError("limit must be a positive integer");
  if (!Number.isInteger(rule.windowMs) || rule.windowMs < 1) throw new RangeError("windowMs must be a positive integer");
  const windowStart = windowStartOf(now, rule.windowMs);
  const windowEnd = new Date(windowStart.getTime() + rule.windowMs);
  return { key: rule.key, windowStart: windowStart.toISOString(), windowEnd: windowEnd.toISOString() };
}

/**
 * The statement that counts one hit and returns the window's `count` — on its own (hitRateLimit),
 * or as a part of a caller's larger statement (`with hit as (…) …`), so that counting costs the
 * request no round trip of its own. Its values come from rateLimitHitValues, or are a prepared
 * statement's placeholders for them; rateLimitResultOf reads the count.
 */
export function rateLimitHitStatement(key: SqlValue<string>, windowStart: SqlValue<string>, windowEnd: SqlValue<string>): SQL {
  return sql`
    insert into rate_limits (key, window_start, count, expires_at)
    values (${key}, ${windowStart}::timestamptz, 1, ${windowEnd}::timestamptz)
    on conflict (key, window_start) do update set count = rate_limits.count + 1
    returning count`;
}

/** What a hit's count (as rateLimitHitStatement returned it) means for the rule. */
export function rateLimitResultOf(rule: RateLimitRule, now: Date, counted: number | string): RateLimitResult {
  const count = Number(counted);
  const windowStart = windowStartOf(now, rule.windowMs);
  return {
    allowed: count <= rule.limit,
    count,
    remaining: Math.max(0, rule.limit - count),
    resetAt: new Date(windowStart.getTime() + rule.windowMs),
  };
}

/** Throws RateLimitedError when a counted hit (rateLimitResultOf) is over the limit. */
export function refuseOverLimit(result: RateLimitResult, now: Date): void {
  if (!result.allowed) throw new RateLimitedError(secondsUntil(result.resetAt, now));
}

/** How many requests the rule has counted in the current window, without counting one. */
export async function peekRateLimit(db: Db, rule: RateLimitRule, now: Date): Promise<RateLimitResult> {
  const windowStart = windowStartOf(now, rule.windowMs);
  const result = (await db.execute(sql`
    select count from rate_limits where key = ${rule.key} and window_start = ${windowStart.toISOString()}::timestamptz
  `)) as unknown as { rows: { count: number | string }[] };
  const count = Number(result.rows[0]?.count ?? 0);
  return {
    allowed: count < rule.limit,
    count,
    remaining: Math.max(0, rule.limit - count),
    resetAt: new Date(windowStart.getTime() + rule.windowMs),
  };
}

/** Throws RateLimitedError when the rule's window is already full, without counting this request. */
export async function refuseWhenLimited(db: Db, rule: RateLimitRule, now: Date): Promise<void> {
  const result = await peekRateLimit(db, rule, now);
  if (!result.allowed) throw new RateLimitedError(secondsUntil(result.resetAt, now));
}

function secondsUntil(instant: Date, now: Date): number {
  return Math.max(1, Math.ceil((instant.getTime() - now.getTime()) / 1000));
}

/** Thrown when a limit is exceeded; the API answers 429 with Retry-After. */
export class RateLimitedError extends DomainError<"rate_limited"> {
  constructor(readonly retryAfterSeconds: number) {
    super("rate_limited", { retryAfterSeconds });
  }
}

/** Counts the request and throws RateLimitedError when it is over the limit. */
export async function enforceRateLimit(db: Db, rule: RateLimitRule, now: Date): Promise<RateLimitResult> {
  const result = await hitRateLimit(db, rule, now);
  refuseOverLimit(result, now);
  return result;
}

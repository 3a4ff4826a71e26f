import { PgTransaction } from "drizzle-orm/pg-core";
import { log } from "@/lib/log";
import type { Db } from "./open";

/**
 * SQLSTATEs after which the whole transaction may simply be run again: serialization_failure
 * (40001 — SERIALIZABLE or REPEATABLE READ on PostgreSQL, and the "restart transaction" error of
 * CockroachDB and YugabyteDB) and deadlock_detected (40P01). PostgreSQL rolled the transaction
 * back; nothing it wrote is kept, so running the same work again is safe.
 */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(["40001", "40P01"]);

export type IsolationLevel = "read committed" | "repeatable read" | "serializable";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The first back-off's upper bound; it doubles with each retry up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Five attempts with full-jitter back-off (at most 10, 20, 40, 80 ms): conflicts on one person's
 * ledger clear within a few transactions, and a counter waits at most ~150 ms more than usual.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 200 };

export interface TransactionOptions {
  isolationLevel?: IsolationLevel;
  retry?: Partial<RetryPolicy>;
  /** Called before each retry with the attempt that failed (1-based) and its SQLSTATE; by default a warning is logged. */
  onRetry?: (failure: { attempt: number; sqlState: string; delayMs: number }) => void;
  /** Random source for the jitter, in [0, 1); tests pass a fixed one. */
  random?: () => number;
}

/** The database's own error (the one with a SQLSTATE `code`), looking through the ORM's wrapping (`cause`). */
export function databaseErrorOf(error: unknown): { code: string; message?: unknown } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return current as { code: string; message?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The SQLSTATE of a database error (databaseErrorOf). */
export function sqlStateOf(error: unknown): string | undefined {
  return databaseErrorOf(error)?.code;
}

export function isRetryableTransactionError(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== undefined && RETRYABLE_SQLSTATES.has(state);
}

/** True for the handle a transaction hands its work (where `transaction()` makes a savepoint). */
function insideTransaction(db: Db): boolean {
  return db instanceof PgTransaction;
}

/** Full jitter: a random wait between 0 and the attempt's cap, so retrying clients spread out. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

/**
 * Runs `work` in a transaction and runs it again, after a short random wait, when the database
 * aborts it with a serialization failure or a deadlock — at most `maxAttempts` times in all;
 * the last failure is thrown. Any other error is thrown at once.
 *
 * Inside another transaction this is a savepoint and never retries: an aborted transaction can
 * only be retried as a whole, so the outermost call does it. `work` may therefore run more than
 * once and must have no effects outside the database (or only repeatable ones).
 */
export async function runTransaction<T>(db: Db, work: (tx: Db) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  if (insideTransaction(db)) return db.transaction(work);
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const config = options.isolationLevel ? { isolationLevel: options.isolationLevel } : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work, config);
    } catch (error) {
      const sqlState = sqlStateOf(error);
      if (sqlState === undefined || !RETRYABLE_SQLSTATES.has(sqlState) || attempt >= policy.maxAttempts) throw error;
      const delayMs = backoffDelayMs(attempt, policy, options.random);
      if (options.onRetry) options.onRetry({ attempt, sqlState, delayMs });
      else log.warn({ sqlState, attempt, maxAttempts: policy.maxAttempts }, "database: transaction retried");
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

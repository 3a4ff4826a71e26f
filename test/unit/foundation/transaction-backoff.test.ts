import { describe, expect, test } from "vitest";
import { backoffDelayMs, DEFAULT_RETRY_POLICY, isRetryableTransactionError, sqlStateOf } from "@/lib/db/transaction";

describe("transaction retry back-off", () => {
  test("full jitter: each wait lies between 0 and a cap that doubles per attempt up to the maximum", () => {
    const policy = { maxAttempts: 8, baseDelayMs: 10, maxDelayMs: 200 };
    const caps = [1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelayMs(attempt, policy, () => 0.999_999));
    expect(caps).toEqual([9, 19, 39, 79, 159, 199, 199]);
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelayMs(attempt, policy, () => 0))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  test("the default policy bounds the total wait of one transaction", () => {
    const worst = Array.from({ length: DEFAULT_RETRY_POLICY.maxAttempts - 1 }, (_, i) => backoffDelayMs(i + 1, DEFAULT_RETRY_POLICY, () => 0.999_999));
    expect(worst.reduce((a, b) => a + b, 0)).toBeLessThan(200);
  });

  test("only serialization failures and deadlocks are retryable, found through the ORM's wrapping", () => {
    const wrapped = (code: string) => Object.assign(new Error("Failed query"), { cause: Object.assign(new Error("db"), { code }) });
    expect(isRetryableTransactionError(wrapped("40001"))).toBe(true);
    expect(isRetryableTransactionError(wrapped("40P01"))).toBe(true);
    expect(isRetryableTransactionError(wrapped("23505"))).toBe(false);
    expect(isRetryableTransactionError(Object.assign(new Error("socket"), { code: "ECONNRESET" }))).toBe(false);
    expect(sqlStateOf(new Error("plain"))).toBeUndefined();
  });
});

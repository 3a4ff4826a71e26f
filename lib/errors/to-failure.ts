import { log } from "@/lib/log";
import type { ErrorCode, ErrorParams } from "./codes";
import { isDomainError } from "./domain-error";

export interface FailureFacts<C extends ErrorCode = ErrorCode> {
  code: C;
  params: ErrorParams[C];
}

/**
 * Any thrown error as a failure a person may be told about: a DomainError's own code and facts,
 * or "internal_error" with a reference number, the unexpected error itself going only to the log
 * (never its message: it may hold SQL or personal data).
 */
export function toFailure(error: unknown, where: string): FailureFacts {
  if (isDomainError(error)) return { code: error.code, params: error.params };
  const reference = crypto.randomUUID().slice(0, 8);
  log.error({ err: error, where, reference }, "unexpected error");
  return { code: "internal_error", params: { reference } };
}

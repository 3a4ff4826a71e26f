import type { ErrorCode, ErrorParams } from "./codes";

type ParamsArg<C extends ErrorCode> = ErrorParams[C] extends Record<string, never> ? [] : [params: ErrorParams[C]];

/**
 * An expected failure the user can act on: a code from the closed list (codes.ts) and the facts
 * its message needs. The words are made at the edge (lib/i18n); the HTTP status is lib/http's.
 * Anything that is not a DomainError is unexpected and is never shown as is.
 */
export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  readonly params: ErrorParams[C];

  constructor(readonly code: C, ...params: ParamsArg<C>) {
    super(code);
    this.name = "DomainError";
    this.params = (params[0] ?? {}) as ErrorParams[C];
  }
}

/** A DomainError for `code`; the parameters are required exactly when the code has some. */
export function domainError<C extends ErrorCode>(code: C, ...params: ParamsArg<C>): DomainError<C> {
  return new DomainError(code, ...params);
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * An expected failure the user can act on: a stable code for machines and a message in
 * both languages. Anything that is not a DomainError is unexpected and is never shown as is.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly messages: { zh: string; en: string },
    readonly status = 400,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

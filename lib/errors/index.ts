/** The closed list of error codes with their facts; words are lib/i18n's, HTTP statuses lib/http's. */
export { ERROR_CODES, type ErrorCode, type ErrorParams } from "./codes";
export { DomainError, domainError, isDomainError } from "./domain-error";
export { toFailure, type FailureFacts } from "./to-failure";

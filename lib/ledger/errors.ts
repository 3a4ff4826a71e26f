/**
 * The ledger's expected failures: codes of the closed list (lib/errors) with their facts; the
 * words are lib/i18n's and the HTTP status lib/http's.
 */
import type { IssueCode } from "@/lib/reimbursement";
import { DomainError } from "@/lib/errors";

export function invalidSettlementRequest(fields: string): DomainError {
  return new DomainError("invalid_settlement_request", { fields });
}

export const idempotencyKeyReused = () =>
  new DomainError("idempotency_key_reused");

export const alreadyReversed = () =>
  new DomainError("already_reversed");

export const settlementNotFound = () =>
  new DomainError("settlement_not_found");

export const personNotFound = () => new DomainError("person_not_found");

export const notEnrolled = () =>
  new DomainError("not_enrolled");

export const facilityNotFound = () => new DomainError("facility_not_found");

export const policyUnavailable = () =>
  new DomainError("policy_unavailable");

export const chronicNotApproved = () =>
  new DomainError("chronic_not_approved");

export const serviceDateInFuture = () =>
  new DomainError("service_date_in_future");

export const unknownCatalogueItem = (code: string) =>
  new DomainError("unknown_catalogue_item", { code });

export const familyAccountRefused = () =>
  new DomainError("family_account_refused");

export function notComputable(issue: IssueCode): DomainError {
  return new DomainError("settlement_not_computable", { issue });
}

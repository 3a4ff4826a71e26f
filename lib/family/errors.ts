import { DomainError } from "@/lib/errors";

export const granteeNotFound = () =>
  new DomainError("grantee_not_found");
export const grantToSelf = () =>
  new DomainError("grant_to_self");
export const noOwnPerson = () =>
  new DomainError("no_insured_person");
export const grantAlreadyOpen = () =>
  new DomainError("grant_exists");
export const mutualAidNotEmployee = () =>
  new DomainError("mutual_aid_not_employee");
export const mutualAidNotRelative = () =>
  new DomainError("mutual_aid_not_relative");
export const validUntilInPast = () =>
  new DomainError("valid_until_past");
/** Any grant that is not the caller's, or that does not exist: one answer, so ids cannot be probed. */
export const grantNotFound = () =>
  new DomainError("grant_not_found");
export const grantNotPending = () =>
  new DomainError("grant_not_pending");
export const grantAlreadyEnded = () =>
  new DomainError("grant_ended");
/** A grant says who the family member is; neither the form nor the family registry did. */
export const relationRequired = () =>
  new DomainError("relation_required");

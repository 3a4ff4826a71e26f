/**
 * Family-access rules (家庭授权), pure: no database, no clock. The data layer hands in rows and
 * the current time.
 */
import { ageOn } from "@/lib/dates";
import type { GrantRelation, GrantScope } from "@/lib/db/schema";
import { CLOSE_RELATIVES, inverseRelation, mayPayForRelative, type CloseRelative } from "@/lib/reimbursement";

/** A guardian manages a child as a dependant until the child's 16th birthday (民法典 第十八条: 16 and self-supporting counts as capable). */
export const DEPENDANT_AGE_LIMIT = 16;

export type GrantStatus = "pending" | "active" | "not_yet_valid" | "expired" | "ended";

export interface GrantTimes {
  validFrom: Date;
  validTo: Date | null;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

/** Where a grant stands at `now`. Ending wins over everything, so an ended grant is refused at once. */
export function grantStatus(grant: GrantTimes, now: Date): GrantStatus {
  const t = now.getTime();
  if (grant.revokedAt !== null && grant.revokedAt.getTime() <= t) return "ended";
  if (grant.validTo !== null && grant.validTo.getTime() < t) return "expired";
  if (grant.acceptedAt === null) return "pending";
  if (grant.validFrom.getTime() > t) return "not_yet_valid";
  return "active";
}

/** A grant is still open (may yet be accepted or used) unless it ended or expired. */
export function isGrantOpen(status: GrantStatus): boolean {
  return status === "pending" || status === "active" || status === "not_yet_valid";
}

export function isDependantAge(birthDate: string, day: string): boolean {
  return ageOn(birthDate, day) < DEPENDANT_AGE_LIMIT;
}

export interface MutualAidFacts {
  /** Who the other person is to the account holder, as the family registry records it (e.g. "child"), or null when not on record. */
  relation: string | null;
  /** The account holder's insurance on the day: only an employee has a personal account to share. */
  holderInsurance: "employee" | "resident" | null;
}

/**
 * Why an employee's personal account may not pay for (or be lent to) someone on `day`, or null
 * when it may: 家庭共济 is for the holder's close relatives as the national rule stood that day
 * (lib/reimbursement FAMILY_MUTUAL_AID: spouse, parents and children from 2021, every close
 * relative from 2024).
 */
export function mutualAidRefusal(facts: MutualAidFacts, day: string): "not_employee" | "not_close_relative" | null {
  if (facts.holderInsurance !== "employee") return "not_employee";
  if (!mayPayForRelative(facts.relation, day)) return "not_close_relative";
  return null;
}

/** Who a family member is to the person giving a grant: a close relative, or another family member. */
export const GRANT_RELATIONS = [...CLOSE_RELATIVES, "other"] as const satisfies readonly GrantRelation[];
export type { CloseRelative, GrantRelation };

/** A recorded relation seen from the other person: my father's grant names me "child"; I see him as "parent". */
export function relationSeenByOther(relation: GrantRelation): GrantRelation {
  return relation === "other" ? "other" : inverseRelation(relation);
}

/** What a grant may carry, in the order forms list them (the database's grant_scopes, for the browser). */
export const GRANT_SCOPES = ["view_coverage", "show_code", "estimate", "pay_from_account"] as const satisfies readonly GrantScope[];
export type { GrantScope };

/** Scopes in a stable order, without duplicates. */
export function normaliseScopes(scopes: readonly GrantScope[]): GrantScope[] {
  return GRANT_SCOPES.filter((s) => scopes.includes(s));
}

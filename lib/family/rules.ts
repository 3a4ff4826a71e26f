/**
 * Family-access rules (家庭授权), pure: no database, no clock. The data layer hands in rows and
 * the current time.
 */
import { ageOn } from "@/lib/dates";
import type { GrantScope } from "@/lib/db/schema";

/** A guardian manages a child as a dependant until the child's 16th birthday (民法典 第十八条: 16 and self-supporting counts as capable). */
export const DEPENDANT_AGE_LIMIT = 16;

/**
 * 家庭共济: an employee's personal account may pay for a spouse, parents and children
 * (国办发〔2021〕14号, 职工基本医疗保险门诊共济保障机制). Relations are as seen from the person paid for.
 */
export const MUTUAL_AID_RELATIONS = ["spouse", "parent", "child"] as const;

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
  /** The relation of the grantee's person to the grantor (e.g. "spouse"), or null when none is on record. */
  relation: string | null;
  /** The grantor's insurance on the day: only an employee has a personal account to share. */
  grantorInsurance: "employee" | "resident" | null;
}

/** Why "pay from my personal account" cannot be granted, or null when it can. */
export function mutualAidRefusal(facts: MutualAidFacts): "not_employee" | "not_close_relative" | null {
  if (facts.grantorInsurance !== "employee") return "not_employee";
  if (facts.relation === null || !(MUTUAL_AID_RELATIONS as readonly string[]).includes(facts.relation)) return "not_close_relative";
  return null;
}

/** What a grant may carry, in the order forms list them (the database's grant_scopes, for the browser). */
export const GRANT_SCOPES = ["view_coverage", "show_code", "estimate", "pay_from_account"] as const satisfies readonly GrantScope[];
export type { GrantScope };

/** Scopes in a stable order, without duplicates. */
export function normaliseScopes(scopes: readonly GrantScope[]): GrantScope[] {
  return GRANT_SCOPES.filter((s) => scopes.includes(s));
}

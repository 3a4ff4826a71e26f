/**
 * Which benefit of a policy covers a visit, the bucket it charges, and the
 * checks of a visit against the policy (date, disease, chosen clinic).
 */
import { type RequestIssue, issue } from "./issues";
import type { ChosenClinicRule, Policy } from "./policy-schema";
import { type BenefitVersion, type PolicyVersion, firstVersionDate } from "./policy-version";
import type { Person, Visit } from "./types";

/** The benefit that covers a visit: the first in policy order matching visit kind, insurance and disease. */
export function findBenefit(version: PolicyVersion, person: Person, visit: Visit): BenefitVersion | undefined {
  for (const candidate of version.benefits) {
    const { benefit } = candidate;
    if (!benefit.visitKinds.includes(visit.kind) || !benefit.insurance.includes(person.insurance)) continue;
    if (benefit.diseases && (visit.disease === undefined || !benefit.diseases.includes(visit.disease))) continue;
    return candidate;
  }
  return undefined;
}

/** The accumulator bucket a benefit charges for a visit. */
export function bucketOf(candidate: BenefitVersion, visit: Visit): string {
  const { benefit } = candidate;
  return benefit.bucketPerDisease && visit.disease !== undefined ? `${benefit.bucket}:${visit.disease}` : benefit.bucket;
}

/**
 * Whether a visit's place satisfies the chosen-clinic rule (清医保待函〔2021〕28号).
 * Cross-region care is exempt only where the policy names the situation.
 */
export function chosenClinicAllows(rule: ChosenClinicRule, visit: Visit): boolean {
  if (!rule.required || rule.exemptCrossRegion?.includes(visit.crossRegion) === true) return true;
  const status = visit.chosenClinic ?? "chosen";
  return status === "chosen" || (status === "alliance" && rule.allianceCounts) || (status === "referred" && rule.referralCounts);
}

/** The issue of a service date before the policy's first version. */
export function noVersionIssue(policy: Policy): RequestIssue {
  return issue("serviceDate", "no_policy_version", `${policy.id} starts ${firstVersionDate(policy) ?? "later"}`);
}

/** Whether the policy knows a chronic or special disease. */
export function knowsDisease(policy: Policy, disease: string): boolean {
  return Object.prototype.hasOwnProperty.call(policy.diseases ?? {}, disease);
}

/** The issue of a disease the policy does not know. */
export function unknownDiseaseIssue(policy: Policy): RequestIssue {
  return issue("visit.disease", "unknown_disease", `known: ${Object.keys(policy.diseases ?? {}).join(", ")}`);
}

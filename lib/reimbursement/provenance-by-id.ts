/**
 * The provenance of everything the engine rests on, by id: the shipped regions' policies and the
 * national rules beside them — what the `policy:provenance` command and the /policies pages list.
 */
import { familyMutualAidProvenance } from "./policies/family-mutual-aid";
import { allPolicyProvenance, policyProvenance, type PolicyProvenance } from "./provenance";

/** The national rules (家庭共济's circle of relatives), listed beside the regions under this id. */
export const NATIONAL_RULES_ID = "CN";

/** A region's provenance by id, or the national rules' under NATIONAL_RULES_ID; undefined if unknown. */
export function provenanceById(id: string): PolicyProvenance | undefined {
  return id === NATIONAL_RULES_ID ? familyMutualAidProvenance() : policyProvenance(id);
}

/** Every shipped policy's provenance, then the national rules'. */
export function everyProvenance(): PolicyProvenance[] {
  return [...allPolicyProvenance(), familyMutualAidProvenance()];
}

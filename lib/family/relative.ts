import type { GrantRelation } from "@/lib/db/schema";

/**
 * Another person as the reader knows them: the masked name (null for an account without an
 * insured person), the gender (so "child" reads 儿子 or 女儿), and who they are to the reader
 * (null when neither the registry nor a grant says). Browser-safe facts; words in lib/i18n.
 */
export interface Relative {
  maskedName: string | null;
  gender: "female" | "male" | null;
  relation: GrantRelation | null;
}

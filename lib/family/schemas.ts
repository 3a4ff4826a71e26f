import { z } from "zod";
import { GRANT_RELATIONS, GRANT_SCOPES } from "./rules";
import { phoneSchema } from "@/lib/auth";

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Creating a grant: shared by the family form, its server action and the API. */
export const createGrantSchema = z.object({
  granteePhone: phoneSchema,
  scopes: z.array(z.enum(GRANT_SCOPES)).min(1, "scopes_required"),
  // Who the family member is to the grantor; the form always asks. Left out (the API, tests), it
  // is taken from the family registry, and refused when the registry has none.
  relation: z.union([z.literal("").transform(() => undefined), z.enum(GRANT_RELATIONS)], { error: "relation_required" }).optional(),
  // Last day the grant may be used (China calendar day); empty: until ended.
  validUntil: z
    .string()
    .trim()
    .regex(isoDay, "date_invalid")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type CreateGrantInput = z.input<typeof createGrantSchema>;

/** Accepting or ending a grant names it by id. */
export const grantIdSchema = z.object({ grantId: z.uuid() });

/** The "acting for" person on home: a person id from the switcher. */
export const actingForSchema = z.uuid();

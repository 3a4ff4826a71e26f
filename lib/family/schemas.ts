import { z } from "zod";
import { GRANT_SCOPES } from "./rules";
import { phoneSchema } from "@/lib/auth/client";

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Creating a grant: shared by the family form, its server action and the API. */
export const createGrantSchema = z.object({
  granteePhone: phoneSchema,
  scopes: z.array(z.enum(GRANT_SCOPES)).min(1, "scopes_required"),
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

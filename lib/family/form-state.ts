/** What the family forms' server actions return, for useActionState. */
export type GrantField = "granteePhone" | "scopes" | "validUntil";

export type FamilyFormState =
  | null
  | { ok: true; data: { id: string } }
  | { ok: false; fieldErrors: Partial<Record<GrantField, string>>; formError: { zh: string; en: string; code: string } | null };

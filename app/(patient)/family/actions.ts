"use server";
import { revalidatePath } from "next/cache";
import { action, InvalidInput } from "@/lib/context";
import { isDomainError } from "@/lib/errors";
import { acceptGrant, createGrant, createGrantSchema, endGrant, grantIdSchema } from "@/lib/family";
import { enforceRateLimit } from "@/lib/rate-limit";

// Offers per account and day: a family has a few relatives, and each offer answers whether a
// number has an account, so a higher rate would let an account list the registered numbers.
const GRANT_OFFERS_PER_DAY = { limit: 10, windowMs: 24 * 60 * 60 * 1000 };

type GrantField = "granteePhone" | "relation" | "scopes" | "validUntil";

/** Offer a grant from the signed-in person. Rules live in lib/family. */
export const createGrantAction = action(
  { who: "account", where: "family.create", notAtKiosk: true },
  async ({ db, now, m, actor }, _previous: unknown, formData: FormData) => {
    const parsed = createGrantSchema.safeParse({
      granteePhone: formData.get("granteePhone") ?? "",
      scopes: formData.getAll("scopes"),
      relation: formData.get("relation") ?? "",
      validUntil: formData.get("validUntil") ?? "",
    });
    if (!parsed.success) {
      const fieldErrors: Partial<Record<GrantField, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        const words = m.family.errors[issue.message as keyof typeof m.family.errors] ?? m.family.errors.generic;
        if (field === "granteePhone" || field === "relation" || field === "scopes" || field === "validUntil") fieldErrors[field] ??= words;
      }
      throw new InvalidInput(fieldErrors);
    }
    await enforceRateLimit(db, { key: `grant-offer:${actor.userId}`, ...GRANT_OFFERS_PER_DAY }, now);
    const data = await createGrant(db, actor, parsed.data, now).catch((error: unknown) => {
      // The grant says who the family member is; without a stated or registered relation the field says so.
      if (isDomainError(error) && error.code === "relation_required") throw new InvalidInput({ relation: m.family.errors.relation_required });
      throw error;
    });
    revalidatePath("/family");
    return data;
  },
);

/** The family member accepts a grant offered to them. */
export const acceptGrantAction = action({ who: "account", where: "family.accept", notAtKiosk: true }, async ({ db, now, actor }, _previous: unknown, formData: FormData) => {
  const parsed = grantIdSchema.safeParse({ grantId: formData.get("grantId") });
  if (!parsed.success) throw new InvalidInput({});
  await acceptGrant(db, actor, parsed.data.grantId, now);
  revalidatePath("/family");
  revalidatePath("/");
  return { id: parsed.data.grantId };
});

/** Either party ends a grant: the giver withdraws it, the family member leaves or declines it. */
export const endGrantAction = action({ who: "account", where: "family.end" }, async ({ db, now, actor }, _previous: unknown, formData: FormData) => {
  const parsed = grantIdSchema.safeParse({ grantId: formData.get("grantId") });
  if (!parsed.success) throw new InvalidInput({});
  await endGrant(db, actor, parsed.data.grantId, now);
  revalidatePath("/family");
  revalidatePath("/");
  return { id: parsed.data.grantId };
});

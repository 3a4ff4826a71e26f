"use server";
import { revalidatePath } from "next/cache";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { toUserError } from "@/lib/errors/to-user-error";
import { acceptGrant, createGrant, endGrant } from "@/lib/family/grant-changes";
import { createGrantSchema, grantIdSchema } from "@/lib/family/schemas";
import type { FamilyFormState, GrantField } from "@/lib/family/form-state";

/** Offer a grant from the signed-in person. Rules live in lib/family. */
export async function createGrantAction(_previous: FamilyFormState, formData: FormData): Promise<FamilyFormState> {
  const parsed = createGrantSchema.safeParse({
    granteePhone: formData.get("granteePhone") ?? "",
    scopes: formData.getAll("scopes"),
    validUntil: formData.get("validUntil") ?? "",
  });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<GrantField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "granteePhone" || field === "scopes" || field === "validUntil") fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors, formError: null };
  }
  const user = await requireSessionUser();
  try {
    const { db } = await getDb();
    const data = await createGrant(db, user, parsed.data, new Date());
    revalidatePath("/family");
    return { ok: true, data };
  } catch (error) {
    return { ok: false, fieldErrors: {}, formError: toUserError(error, "family.create") };
  }
}

async function changeGrant(formData: FormData, change: typeof acceptGrant, where: string): Promise<FamilyFormState> {
  const parsed = grantIdSchema.safeParse({ grantId: formData.get("grantId") });
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: null };
  const user = await requireSessionUser();
  try {
    const { db } = await getDb();
    await change(db, user, parsed.data.grantId, new Date());
    revalidatePath("/family");
    revalidatePath("/");
    return { ok: true, data: { id: parsed.data.grantId } };
  } catch (error) {
    return { ok: false, fieldErrors: {}, formError: toUserError(error, where) };
  }
}

/** The grantee accepts a grant offered to it. */
export async function acceptGrantAction(_previous: FamilyFormState, formData: FormData): Promise<FamilyFormState> {
  return changeGrant(formData, acceptGrant, "family.accept");
}

/** Either party ends a grant (or the grantee declines it). */
export async function endGrantAction(_previous: FamilyFormState, formData: FormData): Promise<FamilyFormState> {
  return changeGrant(formData, endGrant, "family.end");
}

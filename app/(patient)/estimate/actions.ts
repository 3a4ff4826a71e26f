"use server";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { toUserError } from "@/lib/errors/to-user-error";
import { runEstimateForm } from "@/lib/estimate/run-estimate";
import { saveEstimateForUser } from "@/lib/estimate/saved";
import type { EstimateFormValues, EstimateState } from "@/lib/estimate/state";
import { getLocale } from "@/lib/i18n/server";
import type { ShareState } from "@/components/estimate-share-form";

/** The posted form as flat text values (files and Next's own fields are left out). */
async function formValuesOf(formData: FormData): Promise<EstimateFormValues> {
  const values: EstimateFormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** Estimates the posted bill for the signed-in person (or a family member they may act for). */
export async function estimateAction(_previous: EstimateState, formData: FormData): Promise<EstimateState> {
  const values = await formValuesOf(formData);
  const [user, { db }, locale] = await Promise.all([getSessionUser(), getDb(), getLocale()]);
  return runEstimateForm(db, user, values, { now: new Date(), locale });
}

/** Stores the estimate for the person and opens its own page (/estimate/saved/[id]). */
export async function saveEstimateAction(_previous: ShareState, formData: FormData): Promise<ShareState> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  let id: string;
  try {
    const { db } = await getDb();
    id = await saveEstimateForUser(db, user, {
      personId: String(formData.get("personId") ?? ""),
      request: String(formData.get("request") ?? ""),
      context: typeof formData.get("context") === "string" ? String(formData.get("context")) : undefined,
    });
  } catch (error) {
    const { zh, en } = toUserError(error, "estimate.save");
    return { ok: false, formError: { zh, en } };
  }
  redirect(`/estimate/saved/${id}`);
}

"use server";
import { redirect } from "next/navigation";
import { action, formValues, InvalidInput } from "@/lib/context";
import { runEstimate, saveEstimate, shareSavedEstimate, stopSharingEstimate, type EstimateProblem } from "@/lib/estimate";
import { issueMessage } from "@/lib/reimbursement";
import type { Locale, Messages } from "@/lib/i18n";
import type { ShareState } from "@/components/estimate-share-form";

/** A problem the estimate found, in the words of the screen (or of the engine's issues). */
function problemText(problem: EstimateProblem, m: Messages, locale: Locale): string {
  return "estimate" in problem ? m.estimate.errors[problem.estimate] : issueMessage(problem.issue, locale);
}

/** Estimates the posted bill for the person the account acts for (itself, a child, or a relative who granted "estimate"). */
export const estimateAction = action(
  { who: "person", scope: "estimate", log: "estimate.run", where: "estimate.run", echo: true, signedOut: "fail" },
  async ({ db, now, locale, m, subject }, _previous: unknown, formData: FormData) => {
    const run = await runEstimate(db, subject.personId, formValues(formData), { now });
    if (run.ok) return run.view;
    const fieldErrors = Object.fromEntries(Object.entries(run.fieldProblems).map(([field, problem]) => [field, problemText(problem, m, locale)]));
    if (run.formProblem) fieldErrors.form = problemText(run.formProblem, m, locale);
    throw new InvalidInput(fieldErrors);
  },
);

/** The share form's copy of the Estimate form's values (text only; anything else is dropped). */
function estimateValues(json: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string").slice(0, 2_000));
}

/** Stores the estimate for the person and opens its own page (/estimate/saved/[id]). */
export const saveEstimateAction = action(
  { who: "person", scope: "estimate", log: "estimate.save", where: "estimate.save" },
  async ({ db, now, actor, subject }, _previous: unknown, formData: FormData) => {
    const id = await saveEstimate(db, subject.personId, actor.userId, estimateValues(String(formData.get("values") ?? "")), now);
    redirect(`/estimate/saved/${id}`);
  },
);

/** The saved estimate a share form is about (its id, as posted). */
function savedId(formData: FormData): string {
  return String(formData.get("id") ?? "").slice(0, 64);
}

/**
 * Makes a read-only link to a saved estimate (answered once: only its hash is kept), or with
 * intent "stop" withdraws it. For the person themselves or a guardian: a relative acting under
 * a grant may estimate, not hand the person's estimate on.
 */
export const shareEstimateAction = action(
  { who: "person", scope: "manage_own", log: "estimate.share", where: "estimate.share" },
  async ({ db, now, client, subject }, _previous: unknown, formData: FormData): Promise<ShareState> => {
    const id = savedId(formData);
    if (formData.get("intent") === "stop") {
      await stopSharingEstimate(db, subject.personId, id);
      return { kind: "stopped" };
    }
    const { token, expiresAt } = await shareSavedEstimate(db, subject.personId, id, now);
    return { kind: "shared", url: `${client.origin}/shared/estimate/${token}`, expiresAt };
  },
);

"use server";
import { redirect } from "next/navigation";
import { action, formValues, InvalidInput } from "@/lib/context";
import { runEstimate, saveEstimate, type EstimateProblem } from "@/lib/estimate";
import { issueMessage } from "@/lib/reimbursement";
import type { Locale, Messages } from "@/lib/i18n";

/** A problem the estimate found, in the words of the screen (or of the engine's issues). */
function problemText(problem: EstimateProblem, m: Messages, locale: Locale): string {
  return "estimate" in problem ? m.estimate.errors[problem.estimate] : issueMessage(problem.issue, locale);
}

/** Estimates the posted bill for the person the account acts for (itself, a child, or a relative who granted "estimate"). */
export const estimateAction = action(
  { who: "person", scope: "estimate", log: "estimate.run", where: "estimate.run", echo: true, signedOut: "fail" },
  async ({ db, now, locale, m, subject }, _previous: unknown, formData: FormData) => {
    const run = await runEstimate(db, subject.personId, formValues(formData), { now, locale });
    if (run.ok) return run.view;
    const fieldErrors = Object.fromEntries(Object.entries(run.fieldProblems).map(([field, problem]) => [field, problemText(problem, m, locale)]));
    if (run.formProblem) fieldErrors.form = problemText(run.formProblem, m, locale);
    throw new InvalidInput(fieldErrors);
  },
);

/** Stores the estimate for the person and opens its own page (/estimate/saved/[id]). */
export const saveEstimateAction = action(
  { who: "person", scope: "estimate", log: "estimate.save", where: "estimate.save" },
  async ({ db, actor, subject }, _previous: unknown, formData: FormData) => {
    const context = formData.get("context");
    const id = await saveEstimate(db, subject.personId, actor.userId, {
      request: String(formData.get("request") ?? ""),
      context: typeof context === "string" ? context : undefined,
    });
    redirect(`/estimate/saved/${id}`);
  },
);

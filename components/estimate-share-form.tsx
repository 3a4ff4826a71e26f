"use client";
import { useActionState } from "react";
import type { Bilingual, EstimateContext } from "@/lib/estimate/state";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import type { EstimateRequestInput } from "@/lib/reimbursement";

export type ShareState = { ok: false; formError: Bilingual | null };
export type ShareAction = (previous: ShareState, formData: FormData) => Promise<ShareState>;

/** Saves the estimate on the server and opens it at its own link; plus printing. */
export function EstimateShareForm({ action, personId, request, context, m, locale }: {
  action: ShareAction;
  personId: string;
  request: EstimateRequestInput;
  context: EstimateContext;
  m: Messages["estimate"]["result"];
  locale: Locale;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false, formError: null });
  return (
    <div className="flex flex-wrap gap-3 print:hidden">
      <form action={formAction}>
        <input type="hidden" name="personId" value={personId} />
        <input type="hidden" name="request" value={JSON.stringify(request)} />
        <input type="hidden" name="context" value={JSON.stringify(context)} />
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white disabled:opacity-70">
          {pending ? m.sharing : m.share}
        </button>
      </form>
      <button type="button" onClick={() => window.print()} className="min-h-11 rounded border border-slate-400 px-4 font-medium">
        {m.print}
      </button>
      {state.formError ? <p role="alert" className="w-full text-red-700">{locale === "en" ? state.formError.en : state.formError.zh}</p> : null}
    </div>
  );
}

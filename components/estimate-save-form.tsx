"use client";
import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/context/client";
import type { FormValues } from "@/lib/context/client";
import type { Messages } from "@/lib/i18n/client";

export type SaveAction = (previous: ActionState<never>, formData: FormData) => Promise<ActionResult<never>>;

/**
 * Saves the estimate on the server and opens it at its own page, where it can be shared and
 * printed; printing here too. It sends the Estimate form's values: the server works the
 * estimate out again before it stores it.
 */
export function EstimateSaveForm({ action, personId, values, m }: {
  action: SaveAction;
  personId: string;
  values: FormValues;
  m: Messages["estimate"]["result"];
}) {
  const [state, formAction, pending] = useActionState<ActionState<never>, FormData>(action, null);
  return (
    <div className="flex flex-wrap gap-3 print:hidden">
      <form action={formAction}>
        <input type="hidden" name="subject" value={personId} />
        <input type="hidden" name="values" value={JSON.stringify(values)} />
        <button type="submit" disabled={pending} className="min-h-12 rounded bg-brand-700 px-5 font-medium text-white disabled:opacity-70">
          {pending ? m.saving : m.save}
        </button>
      </form>
      <button type="button" onClick={() => window.print()} className="min-h-12 rounded border border-slate-400 px-5 font-medium">
        {m.print}
      </button>
      {state && !state.ok ? <p role="alert" className="w-full text-red-700">{state.formError}</p> : null}
    </div>
  );
}

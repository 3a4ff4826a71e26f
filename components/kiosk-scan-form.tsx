"use client";
import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/context/client";
import type { Messages } from "@/lib/i18n";

type Action = (state: ActionState<never>, formData: FormData) => Promise<ActionResult<never>>;

/**
 * The kiosk's code scanner types the code's text and Enter, like a keyboard, into this field;
 * it can also be pasted. The code is checked like a counter terminal checks it.
 */
export function KioskScanForm({ action, m }: { action: Action; m: Messages["kiosk"] }) {
  const [state, formAction, pending] = useActionState<ActionState<never>, FormData>(action, null);
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="kiosk-scan-title">
      <h2 id="kiosk-scan-title" className="text-3xl font-bold">{m.scan.heading}</h2>
      <p className="text-2xl">{m.scan.intro}</p>
      <label htmlFor="kiosk-scan" className="block text-2xl font-medium">{m.scan.label}</label>
      <input id="kiosk-scan" name="code" autoComplete="off" className="block min-h-16 w-full rounded-2xl border-2 border-slate-500 px-4 text-xl" />
      <button type="submit" disabled={pending} className="min-h-16 w-full rounded-2xl bg-brand-700 px-6 text-2xl font-bold text-white disabled:opacity-60">{m.scan.submit}</button>
      {state && !state.ok ? <p role="alert" className="text-2xl font-medium text-red-700">{state.formError}</p> : null}
    </form>
  );
}

"use client";
import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/context/client";
import type { Messages } from "@/lib/i18n/client";

type Action = (state: ActionState<never>, formData: FormData) => Promise<ActionResult<never>>;

/**
 * Demo mode: makes this screen a demo kiosk. On the machine running the server one tap does it;
 * from anywhere else the enrolment secret the server printed at start-up is needed.
 */
export function KioskEnrolForm({ action, needsSecret, m }: { action: Action; needsSecret: boolean; m: Messages["kiosk"]["enrol"] }) {
  const [state, formAction, pending] = useActionState<ActionState<never>, FormData>(action, null);
  const failed = state !== null && !state.ok ? state : null;
  const secretError = failed?.fieldErrors.secret ?? null;
  return (
    <form action={formAction} className="space-y-4">
      {needsSecret ? (
        <div className="space-y-2">
          <label htmlFor="kiosk-enrol-secret" className="block text-2xl font-medium">{m.secret}</label>
          <input
            id="kiosk-enrol-secret"
            name="secret"
            type="password"
            autoComplete="off"
            aria-invalid={secretError ? true : undefined}
            aria-describedby="kiosk-enrol-hint"
            className="block min-h-16 w-full rounded-2xl border-2 border-slate-500 px-4 text-2xl"
          />
          <p id="kiosk-enrol-hint" className="text-xl text-muted">{m.secretHint}</p>
        </div>
      ) : null}
      <button type="submit" disabled={pending} className="min-h-16 w-full rounded-2xl border-4 border-brand-700 px-6 text-2xl font-bold text-brand-700 disabled:opacity-60">{m.demo}</button>
      {failed ? <p role="alert" className="text-2xl font-medium text-red-700">{secretError ?? failed.formError}</p> : null}
    </form>
  );
}

"use client";
import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/context/client";
import type { Messages } from "@/lib/i18n/client";

type Action = (state: ActionState<never>, formData: FormData) => Promise<ActionResult<never>>;

/** The terminal key, entered once per browser session. A password field: it is a secret. */
export function TerminalSignInForm({ action, m }: { action: Action; m: Messages["terminal"] }) {
  const [state, formAction, pending] = useActionState<ActionState<never>, FormData>(action, null);
  const error = state && !state.ok ? state.formError : null;
  return (
    <form action={formAction} className="max-w-md space-y-4">
      <p className="text-muted">{m.signInIntro}</p>
      <div>
        <label htmlFor="terminal-key" className="block font-medium">{m.keyLabel}</label>
        <input
          id="terminal-key"
          name="key"
          type="password"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          required
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "terminal-key-hint terminal-key-error" : "terminal-key-hint"}
          className="mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-3 font-mono text-lg aria-[invalid=true]:border-red-700"
        />
        <p id="terminal-key-hint" className="mt-1 text-sm text-muted">{m.keyHint}</p>
        <div role="alert" className="min-h-6">
          {error ? <p id="terminal-key-error" className="mt-1 text-sm font-medium text-red-800">{error}</p> : null}
        </div>
      </div>
      <button type="submit" disabled={pending} className="min-h-12 w-full rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? m.signingIn : m.signIn}
      </button>
    </form>
  );
}

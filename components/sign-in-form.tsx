"use client";
import { useActionState } from "react";
import { CODE_NEEDS_RESEND, type SignInStep } from "@/lib/auth/client";
import type { ActionResult, ActionState } from "@/lib/context/client";
import { format, type Messages } from "@/lib/i18n/client";
import { formatRich } from "./rich-text";
import { signInStep } from "./sign-in-step";

type Action = (state: ActionState<SignInStep>, formData: FormData) => Promise<ActionResult<SignInStep>>;

export interface DemoAccount {
  phone: string;
  name: string;
  note: string;
}

const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-3 text-lg tracking-wide text-ink aria-[invalid=true]:border-red-700";
const primaryButton =
  "min-h-12 w-full rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

/** Phone number, then the one-time code. Field errors sit next to their field and are announced. */
export function SignInForm({
  action,
  m,
  demoAccounts,
}: {
  action: Action;
  m: Messages["signIn"];
  demoAccounts: DemoAccount[];
}) {
  const [result, formAction, pending] = useActionState<ActionState<SignInStep>, FormData>(action, null);
  const state = signInStep(result);
  const failed = result !== null && !result.ok ? result : null;
  const formError = failed?.formError ?? null;
  const fieldErrors = failed?.fieldErrors ?? {};
  // After the last wrong try (or an expired or guarded code) the way on is a new code; a refused
  // resend keeps the button, with the wait in the message.
  const offerResend = failed !== null && (CODE_NEEDS_RESEND.has(failed.code) || (failed.code === "rate_limited" && failed.values?.intent === "resend"));
  const notice = state.step === "code" ? { sent: m.codeSent, resent: m.codeResent, stillValid: m.codeStillValid }[state.notice] : null;

  return (
    <div className="space-y-6">
      <div aria-live="polite" role="status" className="min-h-6">
        {formError ? <p className="rounded-lg bg-red-50 p-3 text-red-800">{formError}</p> : null}
        {state.step === "code" && notice && !formError ? <p>{format(notice, { phone: state.maskedPhone })}</p> : null}
      </div>

      {state.step === "phone" ? (
        <form action={formAction} className="space-y-4" noValidate>
          <input type="hidden" name="intent" value="send" />
          <div>
            <label htmlFor="phone" className="block font-medium">{m.phoneLabel}</label>
            <input
              id="phone"
              name="phone"
              type="tel"
              inputMode="numeric"
              autoComplete="tel-national"
              required
              defaultValue={state.phone}
              aria-invalid={fieldErrors.phone ? true : undefined}
              aria-describedby={fieldErrors.phone ? "phone-hint phone-error" : "phone-hint"}
              className={inputClass}
            />
            <p id="phone-hint" className="mt-1 text-sm text-muted">{m.phoneHint}</p>
            {fieldErrors.phone ? (
              <p id="phone-error" className="mt-1 text-sm font-medium text-red-800">{fieldErrors.phone}</p>
            ) : null}
          </div>
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? m.sending : m.sendCode}
          </button>
        </form>
      ) : (
        <form action={formAction} className="space-y-4" noValidate>
          <input type="hidden" name="phone" value={state.phone} />
          <input type="hidden" name="codeLength" value={state.codeLength} />
          {state.demoCode ? <input type="hidden" name="demoCode" value={state.demoCode} /> : null}
          {state.step === "code" && state.demoCode ? (
            <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-900" data-testid="demo-code">
              {format(m.demoCode, { code: state.demoCode })}
            </p>
          ) : null}
          <div>
            <label htmlFor="code" className="block font-medium">{m.codeLabel}</label>
            <input
              id="code"
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              autoFocus
              aria-invalid={fieldErrors.code ? true : undefined}
              aria-describedby={fieldErrors.code ? "code-hint code-error" : "code-hint"}
              className={inputClass}
            />
            <p id="code-hint" className="mt-1 text-sm text-muted">{state.codeLength === 12 ? m.codeHintLong : m.codeHint}</p>
            {fieldErrors.code ? (
              <p id="code-error" className="mt-1 text-sm font-medium text-red-800">{fieldErrors.code}</p>
            ) : null}
          </div>
          <button type="submit" name="intent" value="verify" disabled={pending} className={primaryButton}>
            {pending ? m.submitting : m.submit}
          </button>
          {offerResend ? (
            <button type="submit" name="intent" value="resend" formNoValidate disabled={pending} className="min-h-12 w-full rounded-lg border-2 border-brand-700 px-4 text-lg font-semibold text-brand-700 disabled:opacity-60">
              {m.resend}
            </button>
          ) : null}
          <button
            type="submit"
            name="intent"
            value="restart"
            formNoValidate
            className="min-h-11 w-full rounded-lg px-4 text-brand-700 underline"
          >
            {m.changePhone}
          </button>
        </form>
      )}

      {state.step === "phone" && demoAccounts.length > 0 ? (
        <section aria-labelledby="demo-title" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="demo-title" className="text-lg font-semibold">{m.demoTitle}</h2>
          <p className="mt-1 text-sm text-muted">{m.demoIntro}</p>
          <ul className="mt-3 space-y-2">
            {demoAccounts.map((account) => (
              <li key={account.phone}>
                <form action={formAction}>
                  <input type="hidden" name="intent" value="send" />
                  <input type="hidden" name="phone" value={account.phone} />
                  <button
                    type="submit"
                    disabled={pending}
                    className="flex min-h-12 w-full flex-col items-start rounded-lg border border-slate-300 px-3 py-2 text-left hover:bg-slate-50"
                  >
                    <span className="font-medium">{formatRich(m.useAccount, { name: <span lang="zh-CN">{account.name}</span> })} · {account.phone}</span>
                    <span className="text-sm text-muted">{account.note}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

"use client";
import { useActionState } from "react";
import { CODE_NEEDS_RESEND, type SignInStep } from "@/lib/auth/client";
import type { ActionResult, ActionState } from "@/lib/context/client";
import { format, type Messages } from "@/lib/i18n/client";
import { signInStep } from "./sign-in-step";

type Action = (state: ActionState<SignInStep>, formData: FormData) => Promise<ActionResult<SignInStep>>;

const field = "block min-h-14 w-full rounded-2xl border-2 border-slate-500 px-4 text-2xl tracking-wider";
const button = "min-h-14 w-full rounded-2xl bg-brand-700 px-5 text-xl font-bold text-white disabled:opacity-60";

/** Phone number, then the one-time code: large fields and buttons for a touch screen. */
export function KioskSignIn({ action, m, words }: { action: Action; m: Messages["kiosk"]; words: Messages["signIn"] }) {
  const [result, formAction, pending] = useActionState<ActionState<SignInStep>, FormData>(action, null);
  const state = signInStep(result);
  const failed = result !== null && !result.ok ? result : null;
  const error = failed?.formError ?? null;
  const fieldErrors = failed?.fieldErrors ?? {};
  const offerResend = failed !== null && (CODE_NEEDS_RESEND.has(failed.code) || (failed.code === "rate_limited" && failed.values?.intent === "resend"));
  return (
    <form action={formAction} className="space-y-5" aria-labelledby="kiosk-phone-title">
      <h2 id="kiosk-phone-title" className="text-2xl font-bold">{m.phone.heading}</h2>
      {state.step === "phone" ? (
        <>
          <label htmlFor="kiosk-phone" className="block text-xl font-medium">{m.phone.phone}</label>
          <input id="kiosk-phone" name="phone" type="tel" inputMode="numeric" autoComplete="off" defaultValue={state.phone} className={field} aria-invalid={Boolean(fieldErrors.phone)} />
          <button type="submit" name="intent" value="send" disabled={pending} className={button}>{m.phone.sendCode}</button>
        </>
      ) : (
        <>
          <input type="hidden" name="phone" value={state.phone} />
          <input type="hidden" name="codeLength" value={state.codeLength} />
          {state.demoCode ? <input type="hidden" name="demoCode" value={state.demoCode} /> : null}
          <p role="status" className="text-xl">{format(state.notice === "resent" ? words.codeResent : m.phone.codeSent, { phone: state.maskedPhone })}</p>
          {state.codeLength === 12 ? <p className="text-xl">{words.codeHintLong}</p> : null}
          {state.step === "code" && state.demoCode ? <p data-testid="demo-code" className="text-xl font-semibold">{format(m.phone.demoCode, { code: state.demoCode })}</p> : null}
          <label htmlFor="kiosk-code" className="block text-xl font-medium">{m.phone.code}</label>
          <input id="kiosk-code" name="code" inputMode="numeric" autoComplete="one-time-code" className={field} aria-invalid={Boolean(fieldErrors.code)} />
          <button type="submit" name="intent" value="verify" disabled={pending} className={button}>{m.phone.signIn}</button>
          {offerResend ? (
            <button type="submit" name="intent" value="resend" disabled={pending} className="min-h-14 w-full rounded-2xl border-4 border-brand-700 px-5 text-xl font-bold text-brand-700 disabled:opacity-60">{words.resend}</button>
          ) : null}
        </>
      )}
      {failed ? <p role="alert" className="text-xl font-medium text-red-700">{error ?? fieldErrors.phone ?? fieldErrors.code ?? m.errors.generic}</p> : null}
    </form>
  );
}

"use client";
import { useActionState } from "react";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";

type ScanState = null | { ok: false; formError: { zh: string; en: string } };
type Action = (state: ScanState, formData: FormData) => Promise<ScanState>;

/**
 * The kiosk's code scanner types the code's text and Enter, like a keyboard, into this field;
 * it can also be pasted. The code is checked like a counter terminal checks it.
 */
export function KioskScanForm({ action, locale, m }: { action: Action; locale: Locale; m: Messages["kiosk"] }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="kiosk-scan-title">
      <h2 id="kiosk-scan-title" className="text-3xl font-bold">{m.scan.heading}</h2>
      <p className="text-2xl">{m.scan.intro}</p>
      <label htmlFor="kiosk-scan" className="block text-2xl font-medium">{m.scan.label}</label>
      <input id="kiosk-scan" name="code" autoComplete="off" className="block min-h-16 w-full rounded-2xl border-2 border-slate-500 px-4 text-xl" />
      <button type="submit" disabled={pending} className="min-h-16 w-full rounded-2xl bg-brand-700 px-6 text-2xl font-bold text-white disabled:opacity-60">{m.scan.submit}</button>
      {state ? <p role="alert" className="text-2xl font-medium text-red-700">{locale === "en" ? state.formError.en : state.formError.zh}</p> : null}
    </form>
  );
}

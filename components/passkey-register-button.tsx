"use client";
import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Messages } from "@/lib/i18n/client";
import { format, type Locale } from "@/lib/i18n/client";

import type { ActionResult } from "@/lib/context/client";

/** Creates a passkey on this device: options from the server, the browser's ceremony, then the server's check. */
export function PasskeyRegisterButton({
  m,
  locale,
  start,
  finish,
}: {
  m: Messages["security"];
  locale: Locale;
  start: () => Promise<ActionResult<Parameters<typeof startRegistration>[0]["optionsJSON"]>>;
  finish: (response: unknown, label: string) => Promise<ActionResult<null>>;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function register() {
    if (!browserSupportsWebAuthn()) return setMessage({ text: m.unsupported, error: true });
    setBusy(true);
    setMessage(null);
    try {
      const options = await start();
      if (!options.ok) return setMessage({ text: options.formError ?? "", error: true });
      const response = await startRegistration({ optionsJSON: options.data });
      const label = format(m.passkeyLabel, { date: new Date().toLocaleDateString(locale) });
      const result = await finish(response, label);
      if (!result.ok) return setMessage({ text: result.formError ?? "", error: true });
      setMessage({ text: m.added, error: false });
      router.refresh();
    } catch {
      // The person cancelled the browser dialog, or it timed out.
      setMessage({ text: m.cancelled, error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={register}
        disabled={busy}
        className="min-h-12 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {busy ? m.adding : m.addPasskey}
      </button>
      <p role="status" aria-live="polite" className={message?.error ? "text-red-800" : "text-brand-700"}>
        {message?.text}
      </p>
    </div>
  );
}

"use client";
import { browserSupportsWebAuthn, startAuthentication } from "@simplewebauthn/browser";
import { useEffect, useState } from "react";
import type { Messages } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/client";

import type { ActionResult } from "@/lib/context/client";

/** Signs in with a passkey on this device; shown only where the browser supports passkeys. */
export function PasskeySignInButton({
  m,
  locale,
  start,
  finish,
}: {
  m: Messages["security"];
  locale: Locale;
  start: () => Promise<ActionResult<Parameters<typeof startAuthentication>[0]["optionsJSON"]>>;
  finish: (response: unknown) => Promise<ActionResult<null>>;
}) {
  const [supported, setSupported] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setSupported(browserSupportsWebAuthn()), []);
  if (!supported) return null;

  async function signIn() {
    setBusy(true);
    setError(null);
    try {
      const options = await start();
      if (!options.ok) return setError(options.formError ?? "");
      const response = await startAuthentication({ optionsJSON: options.data });
      const result = await finish(response);
      if (!result.ok) return setError(result.formError ?? "");
      // A full navigation so every server component reads the new session cookie.
      window.location.assign("/");
    } catch {
      setError(m.cancelled);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={signIn}
        disabled={busy}
        className="min-h-12 w-full rounded-lg border-2 border-brand-700 px-4 text-lg font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {busy ? m.passkeySigningIn : m.signInWithPasskey}
      </button>
      <p role="alert" className="text-red-800">{error}</p>
    </div>
  );
}

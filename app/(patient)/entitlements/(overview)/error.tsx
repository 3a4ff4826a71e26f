"use client";
import { common } from "@/lib/i18n/messages/common";
import { entitlements } from "@/lib/i18n/messages/entitlements";

/** The entitlements could not load: both languages (the locale cookie is not readable here), and a retry. */
export default function EntitlementsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{entitlements.zh.title} · <span lang="en">{entitlements.en.title}</span></h1>
      <div role="alert" className="space-y-1 rounded-lg bg-red-50 p-4 text-red-800">
        <p>{entitlements.zh.loadError}</p>
        <p lang="en">{entitlements.en.loadError}</p>
        {error.digest ? <p className="text-sm">#{error.digest}</p> : null}
      </div>
      <button type="button" onClick={reset} className="min-h-12 rounded-lg bg-brand-700 px-5 font-semibold text-white">
        {common.zh.retry} · <span lang="en">{common.en.retry}</span>
      </button>
    </main>
  );
}

"use client";
import { getMessages } from "@/lib/i18n";

const common = { zh: getMessages("zh-CN").common, en: getMessages("en").common };

type Text = { zh: string; en: string };

/**
 * A screen that could not load, for route error boundaries: both languages (the locale
 * cookie is not readable in a client error boundary), the error's reference, and a retry.
 */
export function ScreenLoadError({ title, message, digest, reset }: { title: Text; message: Text; digest?: string | undefined; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{title.zh} · <span lang="en">{title.en}</span></h1>
      <div role="alert" className="space-y-1 rounded-lg bg-red-50 p-4 text-red-800">
        <p>{message.zh}</p>
        <p lang="en">{message.en}</p>
        {digest ? <p className="text-sm">#{digest}</p> : null}
      </div>
      <button type="button" onClick={reset} className="min-h-12 rounded-lg bg-brand-700 px-5 font-semibold text-white">
        {common.zh.retry} · <span lang="en">{common.en.retry}</span>
      </button>
    </main>
  );
}

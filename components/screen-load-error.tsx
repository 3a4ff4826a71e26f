"use client";
import type { ReactNode } from "react";
import { useBoundaryWords } from "./boundary-words";

type Text = { zh: string; en: string };

/**
 * A screen that could not load, for route error boundaries: both languages, each part marked
 * with its language (a boundary can be drawn before the page's language is known), the error's
 * reference, a retry and a way home — never a blank screen or a dead end.
 */
export function ScreenLoadError({ title, message, digest, reset, home = "/", children }: {
  title: Text;
  message: Text;
  digest?: string | undefined;
  reset: () => void;
  /** Where "back" leads (the kiosk's own start). */
  home?: string;
  children?: ReactNode;
}) {
  const common = useBoundaryWords();
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold"><span lang="zh-CN">{title.zh}</span> · <span lang="en">{title.en}</span></h1>
      <div role="alert" className="space-y-1 rounded-lg bg-red-50 p-4 text-red-800" data-testid="screen-error">
        <p lang="zh-CN">{message.zh}</p>
        <p lang="en">{message.en}</p>
        {digest ? <p className="text-sm" translate="no">#{digest}</p> : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-12 rounded-lg bg-brand-700 px-5 font-semibold text-white">
          <span lang="zh-CN">{common.zh.retry}</span> · <span lang="en">{common.en.retry}</span>
        </button>
        <a href={home} className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-5 font-semibold text-brand-700">
          <span lang="zh-CN">{common.zh.backHome}</span> · <span lang="en">{common.en.backHome}</span>
        </a>
      </div>
      {children}
    </main>
  );
}

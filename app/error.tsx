"use client";

/** Last-resort boundary: a generic bilingual message and the error's digest as a reference, never its text. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-md space-y-4 px-4 py-10" role="alert">
      <h1 className="text-2xl font-bold"><span lang="zh-CN">出了点问题</span> · <span lang="en">Something went wrong</span></h1>
      <p><span lang="zh-CN">请稍后再试。</span><span lang="en">Please try again.</span></p>
      {error.digest ? <p className="text-sm text-muted"><span lang="zh-CN">编号</span> <span lang="en">Reference</span>: <span translate="no">{error.digest}</span></p> : null}
      <button type="button" onClick={reset} className="min-h-12 rounded-lg bg-brand-700 px-5 font-semibold text-white">
        <span lang="zh-CN">重试</span> · <span lang="en">Try again</span>
      </button>
    </main>
  );
}

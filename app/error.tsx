"use client";

/** Last-resort boundary: a generic bilingual message and the error's digest as a reference, never its text. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-md space-y-4 px-4 py-10" role="alert">
      <h1 className="text-2xl font-bold">出了点问题 · <span lang="en">Something went wrong</span></h1>
      <p>请稍后再试。<span lang="en">Please try again.</span></p>
      {error.digest ? <p className="text-sm text-muted">编号 Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="min-h-12 rounded-lg bg-brand-700 px-5 font-semibold text-white">
        重试 · <span lang="en">Try again</span>
      </button>
    </main>
  );
}

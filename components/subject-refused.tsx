import type { ReactNode } from "react";

/**
 * What a person's data screen shows instead of the data when the person it acts for is not
 * allowed for this screen (no grant with the scope, or the grant ended), or when the account
 * has no insured person. Never the account's own data instead: the banner above offers the way
 * back to oneself.
 */
export function SubjectRefused({ title, message, alert, children }: { title: string; message: string; alert: boolean; children?: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
      {alert ? <p role="alert" className="rounded-lg bg-red-50 p-4 text-red-800">{message}</p> : <p>{message}</p>}
    </main>
  );
}

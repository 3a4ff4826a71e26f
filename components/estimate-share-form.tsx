"use client";
import { useActionState, useState } from "react";
import type { ActionResult, ActionState } from "@/lib/context/client";
import { format, formatInstant, type Locale, type Messages } from "@/lib/i18n/client";

/** What the share form's action answers: a new link (shown this once), or that sharing stopped. */
export type ShareState = { kind: "shared"; url: string; expiresAt: string } | { kind: "stopped" };
export type ShareAction = (previous: ActionState<ShareState>, formData: FormData) => Promise<ActionResult<ShareState>>;

/**
 * Sharing a saved estimate with family: a read-only link that expires, shown once when made
 * (only its hash is kept), copied with one tap, and withdrawn at any time. A plain form: it
 * works without JavaScript too (copying then means selecting the link).
 */
export function EstimateShareForm({ action, personId, estimateId, sharedUntil, days, m, locale }: {
  action: ShareAction;
  personId: string;
  estimateId: string;
  /** Until when the current link opens, as the page was rendered; null when not shared. */
  sharedUntil: string | null;
  days: number;
  m: Messages["estimate"]["result"]["share"];
  locale: Locale;
}) {
  const [state, formAction, pending] = useActionState<ActionState<ShareState>, FormData>(action, null);
  const [copied, setCopied] = useState<string | null>(null);
  const last = state?.ok ? state.data : null;
  const link = last?.kind === "shared" ? last : null;
  const until = link ? link.expiresAt : last?.kind === "stopped" ? null : sharedUntil;
  const copy = async (url: string) => {
    await navigator.clipboard.writeText(url);
    setCopied(url);
  };
  return (
    <section aria-labelledby="estimate-share-heading" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 print:hidden" data-testid="estimate-share">
      <h2 id="estimate-share-heading" className="text-lg font-semibold">{m.heading}</h2>
      <p>{format(m.intro, { days })}</p>
      {link ? (
        <div className="space-y-2">
          <label htmlFor="estimate-share-link" className="block font-medium">{m.link}</label>
          <input id="estimate-share-link" readOnly value={link.url} onFocus={(event) => event.currentTarget.select()} className="block min-h-12 w-full rounded border border-slate-400 bg-slate-50 px-3 font-mono text-sm" data-testid="estimate-share-link" />
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" onClick={() => void copy(link.url)} className="min-h-12 rounded bg-brand-700 px-5 font-medium text-white">{m.copy}</button>
            <span role="status" className="font-medium text-brand-700">{copied === link.url ? m.copied : ""}</span>
          </div>
        </div>
      ) : null}
      {until ? <p data-testid="estimate-share-until">{format(link ? m.until : m.active, { time: formatInstant(until, locale) })}</p> : null}
      {last?.kind === "stopped" ? <p role="status" className="font-medium">{m.stopped}</p> : null}
      {state && !state.ok ? <p role="alert" className="text-red-700">{state.formError}</p> : null}
      <form action={formAction} className="flex flex-wrap gap-3">
        <input type="hidden" name="subject" value={personId} />
        <input type="hidden" name="id" value={estimateId} />
        <button type="submit" name="intent" value="share" disabled={pending} className="min-h-12 rounded border-2 border-brand-700 px-5 font-medium text-brand-700 disabled:opacity-70">
          {pending ? m.creating : until ? m.renew : m.create}
        </button>
        {until ? (
          <button type="submit" name="intent" value="stop" disabled={pending} className="min-h-12 rounded border border-slate-400 px-5 font-medium disabled:opacity-70">{m.stop}</button>
        ) : null}
      </form>
    </section>
  );
}

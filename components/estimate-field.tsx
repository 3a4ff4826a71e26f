import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/client";

/** The id of a field's error text, for the field's aria-describedby. */
export const errorId = (id: string) => `${id}-error`;
export const hintId = (id: string) => `${id}-hint`;

/** aria-describedby for a field: its hint and its error, when there are any. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** A field's error, next to it; the live region exists before the error does so it is announced. */
export function FieldError({ id, error, locale }: { id: string; error: string | undefined; locale: Locale }) {
  return (
    <p id={errorId(id)} aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden">
      {error ?? null}
    </p>
  );
}

/** Label, control, hint and error of one form field. */
export function EstimateField({ id, label, hint, error, locale, children }: {
  id: string;
  label: string;
  hint?: string | undefined;
  error: string | undefined;
  locale: Locale;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">{label}</label>
      {hint ? <p id={hintId(id)} className="text-sm text-muted">{hint}</p> : null}
      {children}
      <FieldError id={id} error={error} locale={locale} />
    </div>
  );
}

export const inputClass = "block min-h-11 w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

import { localize } from "@/lib/i18n/client";
import type { ClinicChoiceRecord } from "@/lib/clinic/client";
import type { Messages } from "@/lib/i18n/client";
import { formatInstantDay } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/client";

/** The person's chosen clinics, newest first. A list rather than a table so it reads well on a phone. */
export function ClinicHistory({ history, locale, m }: { history: ClinicChoiceRecord[]; locale: Locale; m: Messages["clinic"] }) {
  return (
    <section aria-labelledby="clinic-history-title" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="clinic-history-title" className="text-lg font-semibold">{m.history.heading}</h2>
      {history.length === 0 ? (
        <p className="text-muted">{m.history.empty}</p>
      ) : (
        <ol className="divide-y divide-slate-200" data-testid="clinic-history">
          {history.map((entry) => (
            <li key={entry.id} className="py-2">
              <p className="font-medium">{localize(locale, entry.facilityName, entry.facilityNameEn)}</p>
              <p className="text-sm text-muted">
                <span className="sr-only">{m.history.from} </span>
                {formatInstantDay(entry.validFrom, locale)} –{" "}
                <span className="sr-only">{m.history.to} </span>
                {entry.validTo ? formatInstantDay(entry.validTo, locale) : m.history.ongoing}
                {" · "}
                {m.history.sources[entry.source]}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

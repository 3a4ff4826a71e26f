import type { Entitlements } from "@/lib/ledger/client";
import type { Messages } from "@/lib/i18n/client";
import { formatDay } from "@/lib/i18n/client";
import { format, formatPlural, type Locale } from "@/lib/i18n/client";
import { pick } from "./entitlement-text";

type M = Messages["entitlements"];

/** The cross-region filing (异地就医备案) in force, if any. */
export function EntitlementFiling({ filing, locale, m }: { filing: Entitlements["crossRegionFiling"]; locale: Locale; m: M }) {
  return (
    <section aria-labelledby="filing-title" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="filing-title" className="text-xl font-semibold">{m.filing.heading}</h2>
      {!filing ? (
        <p className="text-muted">{m.filing.none}</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1" data-testid="filing">
          <dt className="text-muted">{m.filing.place}</dt>
          <dd>{pick({ zh: filing.placeName, en: filing.placeNameEn }, locale)}</dd>
          <dt className="text-muted">{m.filing.kind}</dt>
          <dd>{m.filing.kinds[filing.kind]}</dd>
          <dt className="text-muted">{m.filing.period}</dt>
          <dd>
            {filing.validTo
              ? format(m.filing.range, { from: formatDay(filing.validFrom, locale), to: formatDay(filing.validTo, locale) })
              : format(m.filing.openEnded, { from: formatDay(filing.validFrom, locale) })}
            {filing.endingSoon && filing.daysLeft !== null ? (
              <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">{formatPlural(locale, m.filing.endingSoon, filing.daysLeft, { days: filing.daysLeft })}</span>
            ) : null}
          </dd>
        </dl>
      )}
    </section>
  );
}

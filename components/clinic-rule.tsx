import { localize } from "@/lib/i18n/client";
import type { ClinicOverview } from "@/lib/clinic/client";
import type { Messages } from "@/lib/i18n/client";
import { formatDay } from "@/lib/i18n/client";
import { format, formatPlural, type Locale } from "@/lib/i18n/client";
import { formatRich } from "./rich-text";

/**
 * The region's chosen-clinic rules in plain words, with their source, and when a change is
 * possible — or, for whom may only view it (a relative under a grant), who may change it.
 */
export function ClinicRule({ overview, mayChange = true, locale, m }: { overview: ClinicOverview; mayChange?: boolean; locale: Locale; m: Messages["clinic"] }) {
  const { region, change } = overview;
  if (!region) return null;
  const regionName = localize(locale, region.name, region.nameEn);
  return (
    <section aria-labelledby="clinic-rule-title" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="clinic-rule-title" className="text-lg font-semibold">{m.rule.heading}</h2>
      <ul className="list-disc space-y-1 pl-5">
        {region.requiresChosenClinic ? <li>{format(m.rule.required, { region: regionName })}</li> : null}
        {region.allianceAsOneUnit ? <li>{m.rule.alliance}</li> : null}
        <li data-testid="clinic-change-interval">
          {region.changeIntervalDays ? formatPlural(locale, m.rule.interval, region.changeIntervalDays, { days: region.changeIntervalDays }) : m.rule.anyTime}
          {region.changeIntervalDays && region.changeIntervalUnverified ? m.rule.intervalUnverified : null}
        </li>
      </ul>
      {mayChange ? (
        <>
          <p className="font-medium" data-testid="clinic-change-window">
            {change.allowedNow || !change.nextAllowedDay
              ? m.rule.allowedNow
              : format(m.rule.nextAllowed, { date: formatDay(change.nextAllowedDay, locale) })}
          </p>
          {change.allowedNow ? <p>{m.rule.how}</p> : null}
        </>
      ) : (
        <p className="font-medium" data-testid="clinic-read-only">{m.rule.readOnly}</p>
      )}
      <p className="text-sm text-muted">
        {region.ruleSource ? formatRich(m.rule.source, { source: <cite lang="zh-CN" className="not-italic">{region.ruleSource}</cite> }) : m.rule.sourceNone}
      </p>
    </section>
  );
}

"use client";
import type { ClinicOverview } from "@/lib/clinic/client";
import { format, formatInstant, formatInstantDay, localize, type Locale, type Messages } from "@/lib/i18n/client";
import { useClinic } from "@/lib/swr";
import { ClinicFacilityDetails, clinicLevelLabel, FacilityText, facilityName } from "./clinic-facility-details";
import { ClinicHistory } from "./clinic-history";
import { ClinicRule } from "./clinic-rule";

/**
 * The chosen clinic, its alliance, the change rule and the history, kept fresh by useClinic: the
 * server's rendering is the fallback, and a change or a return to the tab revalidates it.
 */
export function ClinicCurrent({ initial, personId, mayChange = true, locale, m }: { initial: ClinicOverview; personId: string | null; mayChange?: boolean; locale: Locale; m: Messages["clinic"] }) {
  const { data } = useClinic(initial, personId);
  const overview = data ?? initial;
  const { current, region } = overview;
  const regionName = region ? localize(locale, region.name, region.nameEn) : "";
  return (
    <div className="space-y-4">
      <p className="text-xl font-semibold leading-relaxed" data-testid="clinic-answer">
        {current ? format(m.answer.chosen, { name: facilityName(current.facility, locale) }) : m.answer.none}
      </p>
      <section aria-labelledby="clinic-current-title" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="clinic-current-title" className="text-lg font-semibold">{m.current.heading}</h2>
        {current ? (
          <div className="space-y-3" data-testid="current-clinic">
            <div>
              <p className="text-2xl font-bold text-brand-700">{facilityName(current.facility, locale)}</p>
              <p className="text-sm text-muted">{format(m.current.since, { date: formatInstantDay(current.since, locale) })}</p>
            </div>
            <ClinicFacilityDetails facility={current.facility} locale={locale} m={m} showCode />
          </div>
        ) : (
          <div className="space-y-1" data-testid="current-clinic-none">
            <p className="text-lg font-medium">{m.current.none}</p>
            {region?.requiresChosenClinic ? (
              <p className="rounded-lg bg-amber-50 p-3 text-amber-900">{format(m.current.noneRequired, { region: regionName })}</p>
            ) : null}
          </div>
        )}
        <p className="text-sm text-muted">{format(m.asOf, { time: formatInstant(overview.asOf, locale) })}</p>
      </section>

      {current && current.allianceMembers.length > 0 && current.facility.alliance ? (
        <section aria-labelledby="clinic-alliance-title" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4">
          <h2 id="clinic-alliance-title" className="text-lg font-semibold">
            {format(m.current.allianceHeading, { alliance: localize(locale, current.facility.alliance.name, current.facility.alliance.nameEn) })}
          </h2>
          <p className="text-muted">{m.current.allianceIntro}</p>
          <ul className="divide-y divide-slate-200" data-testid="alliance-members">
            {current.allianceMembers.map((member) => (
              <li key={member.id} className="py-2">
                <p className="font-medium">{facilityName(member, locale)}</p>
                <p className="text-sm text-muted">
                  {clinicLevelLabel(member.level, m)} · <FacilityText zh={member.address} en={member.addressEn} locale={locale} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ClinicRule overview={overview} mayChange={mayChange} locale={locale} m={m} />
      <ClinicHistory history={overview.history} locale={locale} m={m} />
    </div>
  );
}

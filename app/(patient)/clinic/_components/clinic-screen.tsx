import { addDaysToDay } from "@/lib/dates";
import { ClinicConfirm } from "@/components/clinic-confirm";
import { ClinicCurrent } from "@/components/clinic-current";
import { facilityName } from "@/components/clinic-facility-details";
import { ClinicList, clinicHref } from "@/components/clinic-list";
import { ClinicSearchForm } from "@/components/clinic-search-form";
import { findFacility, getClinicOverview, isEligibleClinic, parseClinicSearch, searchEligibleClinics, type ClinicFacility } from "@/lib/clinic";
import type { Subject } from "@/lib/context";
import type { SearchParams } from "@/lib/context";
import type { Db } from "@/lib/db";
import { format, localize, type Locale, type Messages } from "@/lib/i18n";
import { changeClinicAction } from "../actions";

/** What the clinic screen shows for the subject: the overview, one page of eligible clinics, a clinic to confirm. */
export async function loadClinicScreen(db: Db, subject: Subject, params: SearchParams, now: Date) {
  const search = parseClinicSearch(params);
  const mayChange = subject.scopes.includes("manage_own");
  const chooseId = mayChange && typeof params.choose === "string" ? params.choose : undefined;
  const overview = await getClinicOverview(db, subject.personId, now);
  const [eligible, candidate] = await Promise.all([
    searchEligibleClinics(db, subject.personId, overview.today, search),
    chooseId ? findFacility(db, chooseId) : Promise.resolve(null),
  ]);
  let target: ClinicFacility | null = null;
  if (candidate && overview.region && isEligibleClinic(candidate, overview.region.code) && candidate.id !== overview.current?.facility.id) {
    const { regionCode: _r, choosable: _c, ...shown } = candidate;
    target = shown;
  }
  return { personId: subject.personId, search, mayChange, chooseId, overview, eligible, target };
}

export type ClinicScreenData = Awaited<ReturnType<typeof loadClinicScreen>>;

/**
 * The chosen clinic of the subject and the eligible clinics of their region, with the change
 * where the account may manage the person: the phone's /clinic and the kiosk's /kiosk/clinic
 * (`basePath`) are this one screen.
 */
export function ClinicScreen({ data, locale, m, basePath, headingClass = "text-2xl font-bold" }: {
  data: ClinicScreenData;
  locale: Locale;
  m: Messages;
  basePath: string;
  headingClass?: string;
}) {
  const { search, mayChange, chooseId, overview, eligible, target } = data;
  const { region, current, change } = overview;
  const regionName = region ? localize(locale, region.name, region.nameEn) : "";

  return (
    <>
      <div>
        <h1 className={headingClass}>{m.clinic.title}</h1>
        <p className="text-muted">{m.clinic.intro}</p>
      </div>

      {chooseId ? (
        <ClinicConfirm
          action={changeClinicAction}
          subjectId={data.personId}
          personId={data.personId}
          target={target}
          currentName={current ? facilityName(current.facility, locale) : null}
          lockedUntil={region?.changeIntervalDays ? addDaysToDay(overview.today, region.changeIntervalDays) : null}
          blockedUntil={change.allowedNow ? null : change.nextAllowedDay}
          cancelHref={clinicHref(search, {}, basePath)}
          locale={locale}
          m={m.clinic}
        />
      ) : null}

      <ClinicCurrent initial={overview} personId={data.personId} mayChange={mayChange} locale={locale} m={m.clinic} />

      <section aria-labelledby="clinic-search-title" className="space-y-4">
        <div>
          <h2 id="clinic-search-title" className="text-xl font-semibold">{m.clinic.search.heading}</h2>
          {region ? <p className="text-muted">{format(m.clinic.search.intro, { region: regionName })}</p> : null}
        </div>
        {region ? (
          <>
            <ClinicSearchForm search={search} districts={eligible.districts} basePath={basePath} locale={locale} m={m.clinic} />
            <ClinicList result={eligible} search={search} changeAllowed={mayChange && change.allowedNow} basePath={basePath} locale={locale} m={m.clinic} />
          </>
        ) : (
          <p className="rounded-lg bg-slate-100 p-4">{m.clinic.search.noRegion}</p>
        )}
      </section>
    </>
  );
}

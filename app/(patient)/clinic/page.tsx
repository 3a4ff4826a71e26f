import { ClinicConfirm } from "@/components/clinic-confirm";
import { ClinicCurrent } from "@/components/clinic-current";
import { facilityName } from "@/components/clinic-facility-details";
import { ClinicList, clinicHref } from "@/components/clinic-list";
import { ClinicSearchForm } from "@/components/clinic-search-form";
import { SubjectRefused } from "@/components/subject-refused";
import { addDaysToDay, findFacility, getClinicOverview, isEligibleClinic, parseClinicSearch, searchEligibleClinics, type ClinicFacility } from "@/lib/clinic";
import { page, pageMetadata } from "@/lib/context";
import { format, localize } from "@/lib/i18n";
import { changeClinicAction } from "./actions";

export const generateMetadata = pageMetadata((m) => ({ title: m.clinic.title }));

/**
 * The chosen clinic of the person acted for, and the eligible clinics of their region. Changing it
 * is offered only where the account may manage the person (itself, or a dependant child): for a
 * relative under a grant the screen is read-only.
 */
export default page(
  {
    who: "person",
    scope: "view_coverage",
    log: "clinic",
    path: "/clinic",
    refused: ({ m }, why) => <SubjectRefused title={m.clinic.title} message={why === "no_person" ? m.clinic.errors.no_person : m.family.person.notAllowed} alert={why === "forbidden"} />,
  },
  async ({ db, now, locale, m, subject, search: params }) => {
    const search = parseClinicSearch(params);
    const mayChange = subject.scopes.includes("manage_own");
    const chooseId = mayChange && typeof params.choose === "string" ? params.choose : undefined;
    const overview = await getClinicOverview(db, subject.personId, now);
    const [eligible, candidate] = await Promise.all([
      searchEligibleClinics(db, subject.personId, overview.today, search),
      chooseId ? findFacility(db, chooseId) : Promise.resolve(null),
    ]);
    const { region, current, change } = overview;
    let target: ClinicFacility | null = null;
    if (candidate && region && isEligibleClinic(candidate, region.code) && candidate.id !== current?.facility.id) {
      const { regionCode: _r, choosable: _c, ...shown } = candidate;
      target = shown;
    }
    const regionName = region ? localize(locale, region.name, region.nameEn) : "";

    return (
      <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
        <div>
          <h1 className="text-2xl font-bold">{m.clinic.title}</h1>
          <p className="text-muted">{m.clinic.intro}</p>
        </div>

        {chooseId ? (
          <ClinicConfirm
            action={changeClinicAction}
            subjectId={subject.personId}
            personId={subject.personId}
            target={target}
            currentName={current ? facilityName(current.facility, locale) : null}
            lockedUntil={region?.changeIntervalDays ? addDaysToDay(overview.today, region.changeIntervalDays) : null}
            blockedUntil={change.allowedNow ? null : change.nextAllowedDay}
            cancelHref={clinicHref(search)}
            locale={locale}
            m={m.clinic}
          />
        ) : null}

        <ClinicCurrent initial={overview} personId={subject.personId} mayChange={mayChange} locale={locale} m={m.clinic} />

        <section aria-labelledby="clinic-search-title" className="space-y-4">
          <div>
            <h2 id="clinic-search-title" className="text-xl font-semibold">{m.clinic.search.heading}</h2>
            {region ? <p className="text-muted">{format(m.clinic.search.intro, { region: regionName })}</p> : null}
          </div>
          {region ? (
            <>
              <ClinicSearchForm search={search} districts={eligible.districts} locale={locale} m={m.clinic} />
              <ClinicList result={eligible} search={search} changeAllowed={mayChange && change.allowedNow} locale={locale} m={m.clinic} />
            </>
          ) : (
            <p className="rounded-lg bg-slate-100 p-4">{m.clinic.search.noRegion}</p>
          )}
        </section>
      </main>
    );
  },
);

import type { Metadata } from "next";
import { ClinicConfirm } from "@/components/clinic-confirm";
import { ClinicCurrent } from "@/components/clinic-current";
import { facilityName } from "@/components/clinic-facility-details";
import { ClinicList, clinicHref } from "@/components/clinic-list";
import { ClinicSearchForm } from "@/components/clinic-search-form";
import { authorisePersonAccess } from "@/lib/family/access";
import { requireSessionUser } from "@/lib/auth/current-user";
import { addDaysToDay, isEligibleClinic } from "@/lib/clinic/rules";
import { parseClinicSearch } from "@/lib/clinic/schemas";
import { findFacility, getClinicOverview, searchEligibleClinics, type ClinicFacility } from "@/lib/clinic/queries";
import { getDb } from "@/lib/db/client";
import { getServerMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/locales";
import { changeClinicAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.clinic.title };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ClinicPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const params = await searchParams;
  const search = parseClinicSearch(params);
  const chooseId = typeof params.choose === "string" ? params.choose : undefined;

  if (!user.personId) {
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <h1 className="text-2xl font-bold">{m.clinic.title}</h1>
        <p>{m.clinic.errors.no_person}</p>
      </main>
    );
  }
  const { db } = await getDb();
  await authorisePersonAccess(db, user, user.personId, "view_coverage");
  const overview = await getClinicOverview(db, user.personId, new Date());
  const [eligible, candidate] = await Promise.all([
    searchEligibleClinics(db, user.personId, overview.today, search),
    chooseId ? findFacility(db, chooseId) : Promise.resolve(null),
  ]);
  const { region, current, change } = overview;
  let target: ClinicFacility | null = null;
  if (candidate && region && isEligibleClinic(candidate, region.code) && candidate.id !== current?.facility.id) {
    const { regionCode: _r, choosable: _c, ...shown } = candidate;
    target = shown;
  }
  const regionName = region ? (locale === "en" ? region.nameEn : region.name) : "";

  return (
    <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
      <div>
        <h1 className="text-2xl font-bold">{m.clinic.title}</h1>
        <p className="text-muted">{m.clinic.intro}</p>
      </div>

      {chooseId ? (
        <ClinicConfirm
          action={changeClinicAction}
          target={target}
          currentName={current ? facilityName(current.facility, locale) : null}
          lockedUntil={region?.changeIntervalDays ? addDaysToDay(overview.today, region.changeIntervalDays) : null}
          blockedUntil={change.allowedNow ? null : change.nextAllowedDay}
          cancelHref={clinicHref(search)}
          locale={locale}
          m={m.clinic}
        />
      ) : null}

      <ClinicCurrent initial={overview} locale={locale} m={m.clinic} />

      <section aria-labelledby="clinic-search-title" className="space-y-4">
        <div>
          <h2 id="clinic-search-title" className="text-xl font-semibold">{m.clinic.search.heading}</h2>
          {region ? <p className="text-muted">{format(m.clinic.search.intro, { region: regionName })}</p> : null}
        </div>
        {region ? (
          <>
            <ClinicSearchForm search={search} districts={eligible.districts} locale={locale} m={m.clinic} />
            <ClinicList result={eligible} search={search} changeAllowed={change.allowedNow} locale={locale} m={m.clinic} />
          </>
        ) : (
          <p className="rounded-lg bg-slate-100 p-4">{m.clinic.search.noRegion}</p>
        )}
      </section>
    </main>
  );
}

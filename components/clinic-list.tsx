import Link from "next/link";
import type { ClinicSearch } from "@/lib/clinic/client";
import type { EligibleClinicPage } from "@/lib/clinic/client";
import type { Messages } from "@/lib/i18n";
import { format, type Locale } from "@/lib/i18n";
import { ClinicFacilityDetails, facilityName } from "./clinic-facility-details";

/** The clinic screen (/clinic, or the kiosk's) with the current search kept, plus `extra` (a page or a clinic to confirm). */
export function clinicHref(search: ClinicSearch, extra: { page?: number; choose?: string } = {}, basePath = "/clinic"): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.district) params.set("district", search.district);
  if (search.level !== undefined) params.set("level", String(search.level));
  const page = extra.page ?? search.page;
  if (page > 1) params.set("page", String(page));
  if (extra.choose) params.set("choose", extra.choose);
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}

const badge = "inline-block rounded-full px-2 py-0.5 text-sm font-medium";

/**
 * One page of eligible clinics. "Choose" leads to the confirmation step (?choose=id); it is shown
 * only while a change is allowed, and never on the current clinic.
 */
export function ClinicList({ result, search, changeAllowed, basePath = "/clinic", locale, m }: {
  result: EligibleClinicPage;
  search: ClinicSearch;
  changeAllowed: boolean;
  /** The screen's own path: /clinic, or the kiosk's /kiosk/clinic. */
  basePath?: string;
  locale: Locale;
  m: Messages["clinic"];
}) {
  return (
    <div className="space-y-3">
      <p role="status" className="font-medium">{format(m.search.count, { total: result.total })}</p>
      {result.items.length === 0 ? (
        <p className="rounded-lg bg-slate-100 p-4" data-testid="clinic-list-empty">{m.search.empty}</p>
      ) : (
        <ul className="space-y-3" data-testid="clinic-list">
          {result.items.map((clinic) => {
            const name = facilityName(clinic, locale);
            return (
              <li key={clinic.id} className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="text-lg font-semibold">{name}</h3>
                  {clinic.isCurrent ? <span className={`${badge} bg-brand-100 text-brand-800`}>{m.search.currentBadge}</span> : null}
                  {clinic.inCurrentAlliance ? <span className={`${badge} bg-sky-100 text-sky-900`}>{m.search.allianceBadge}</span> : null}
                </div>
                <ClinicFacilityDetails facility={clinic} locale={locale} m={m} />
                {changeAllowed && !clinic.isCurrent ? (
                  <Link
                    href={clinicHref(search, { choose: clinic.id }, basePath)}
                    className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-5 font-semibold text-brand-700 hover:bg-brand-50"
                  >
                    {m.search.choose}
                    <span className="sr-only">{format(m.search.chooseLabel, { name })}</span>
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={m.search.pagination} className="flex items-center justify-between gap-2">
          {result.page > 1 ? (
            <Link href={clinicHref(search, { page: result.page - 1 }, basePath)} className="inline-flex min-h-12 items-center px-2 text-brand-700 underline">{m.search.previous}</Link>
          ) : <span />}
          <span>{format(m.search.pageOf, { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount ? (
            <Link href={clinicHref(search, { page: result.page + 1 }, basePath)} className="inline-flex min-h-12 items-center px-2 text-brand-700 underline">{m.search.next}</Link>
          ) : <span />}
        </nav>
      ) : null}
    </div>
  );
}

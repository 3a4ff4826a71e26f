import Link from "next/link";
import type { ClinicOverview } from "@/lib/clinic/queries";
import type { Messages } from "@/lib/i18n/catalogue";
import { formatInstant } from "@/lib/i18n/display";
import { format, type Locale } from "@/lib/i18n/locales";
import { clinicLevelLabel, facilityName } from "./clinic-facility-details";

/** Home card: the chosen general-outpatient clinic, with the way to view or change it. */
export function HomeClinicCard({ overview, locale, m }: { overview: ClinicOverview; locale: Locale; m: Messages["clinic"] }) {
  const { current } = overview;
  return (
    <section aria-labelledby="home-clinic-title" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="home-clinic-title" className="text-lg font-semibold">{m.card.title}</h2>
      {current ? (
        <div data-testid="home-clinic">
          <p className="text-xl font-bold text-brand-700">{facilityName(current.facility, locale)}</p>
          <p className="text-muted">
            {clinicLevelLabel(current.facility.level, m)} · {locale === "en" ? current.facility.districtEn : current.facility.district}
          </p>
        </div>
      ) : (
        <p className="text-lg" data-testid="home-clinic-none">{m.card.none}</p>
      )}
      <p className="text-sm text-muted">{format(m.asOf, { time: formatInstant(overview.asOf, locale) })}</p>
      <Link href="/clinic" className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50">
        {current ? m.card.change : m.card.choose}
      </Link>
    </section>
  );
}

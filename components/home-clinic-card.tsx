import Link from "next/link";
import type { ClinicOverview } from "@/lib/clinic/client";
import { format, formatInstant, localize, type Locale, type Messages } from "@/lib/i18n";
import { clinicLevelLabel, facilityName } from "./clinic-facility-details";

/** Home card: the chosen general-outpatient clinic, with the way to view it (and change it, where allowed). */
export function HomeClinicCard({ overview, canChange, href = "/clinic", locale, m }: { overview: ClinicOverview; canChange: boolean; href?: string; locale: Locale; m: Messages["clinic"] }) {
  const { current } = overview;
  return (
    <section aria-labelledby="home-clinic-title" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="home-clinic-title" className="text-lg font-semibold">{m.card.title}</h2>
      {current ? (
        <div data-testid="home-clinic">
          <p className="text-xl font-bold text-brand-700">{facilityName(current.facility, locale)}</p>
          <p className="text-muted">
            {clinicLevelLabel(current.facility.level, m)} · {localize(locale, current.facility.district, current.facility.districtEn)}
          </p>
        </div>
      ) : (
        <p className="text-lg" data-testid="home-clinic-none">{m.card.none}</p>
      )}
      <p className="text-sm text-muted">{format(m.asOf, { time: formatInstant(overview.asOf, locale) })}</p>
      <Link href={href} className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50">
        {!canChange ? m.card.view : current ? m.card.change : m.card.choose}
      </Link>
    </section>
  );
}

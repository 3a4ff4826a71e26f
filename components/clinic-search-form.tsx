import { localize } from "@/lib/i18n";
import type { ClinicSearch } from "@/lib/clinic/client";
import type { EligibleClinicPage } from "@/lib/clinic/client";
import type { Messages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import { clinicLevelLabel } from "./clinic-facility-details";

const fieldClass = "mt-1 block min-h-12 w-full rounded-lg border border-slate-400 bg-white px-3 text-base text-ink";

/** Search by name and filter by district and level: a plain GET form, so it works without JavaScript. */
export function ClinicSearchForm({ search, districts, basePath = "/clinic", locale, m }: {
  search: ClinicSearch;
  /** The screen's own path: /clinic, or the kiosk's /kiosk/clinic. */
  basePath?: string;
  districts: EligibleClinicPage["districts"];
  locale: Locale;
  m: Messages["clinic"];
}) {
  return (
    <form method="get" action={basePath} role="search" aria-label={m.search.heading} className="space-y-3">
      <div>
        <label htmlFor="clinic-q" className="block font-medium">{m.search.label}</label>
        <input id="clinic-q" name="q" type="search" defaultValue={search.q ?? ""} maxLength={40} aria-describedby="clinic-q-hint" className={fieldClass} />
        <p id="clinic-q-hint" className="mt-1 text-sm text-muted">{m.search.hint}</p>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="clinic-district" className="block font-medium">{m.search.district}</label>
          <select id="clinic-district" name="district" defaultValue={search.district ?? ""} className={fieldClass}>
            <option value="">{m.search.allDistricts}</option>
            {districts.map((d) => (
              <option key={d.district} value={d.district}>{localize(locale, d.district, d.districtEn)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="clinic-level" className="block font-medium">{m.search.level}</label>
          <select id="clinic-level" name="level" defaultValue={search.level === undefined ? "" : String(search.level)} className={fieldClass}>
            <option value="">{m.search.allLevels}</option>
            {[0, 1, 2, 3].map((level) => (
              <option key={level} value={String(level)}>{clinicLevelLabel(level, m)}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-12 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">{m.search.submit}</button>
        <a href={basePath} className="inline-flex min-h-12 items-center rounded-lg px-3 text-brand-700 underline">{m.search.reset}</a>
      </div>
    </form>
  );
}

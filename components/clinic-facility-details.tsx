import type { ClinicFacility } from "@/lib/data/clinic";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";

type ClinicMessages = Messages["clinic"];

export function clinicLevelLabel(level: number, m: ClinicMessages): string {
  const labels = [m.levels.l0, m.levels.l1, m.levels.l2, m.levels.l3];
  return labels[level] ?? String(level);
}

export function facilityName(facility: Pick<ClinicFacility, "name" | "nameEn">, locale: Locale): string {
  return locale === "en" ? facility.nameEn : facility.name;
}

/**
 * A facility's level, district, address and hours. Addresses and hours are recorded in Chinese
 * only, so they are marked as Chinese for screen readers when the page is in English.
 */
export function ClinicFacilityDetails({ facility, locale, m, showCode = false }: {
  facility: ClinicFacility;
  locale: Locale;
  m: ClinicMessages;
  showCode?: boolean;
}) {
  const zhOnly = locale === "en" ? "zh-CN" : undefined;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
      <dt className="text-muted">{m.current.level}</dt>
      <dd>{clinicLevelLabel(facility.level, m)}</dd>
      <dt className="text-muted">{m.current.district}</dt>
      <dd>{locale === "en" ? facility.districtEn : facility.district}</dd>
      <dt className="text-muted">{m.current.address}</dt>
      <dd lang={zhOnly}>{facility.address}</dd>
      <dt className="text-muted">{m.current.hours}</dt>
      <dd lang={zhOnly}>{facility.hours}</dd>
      {showCode ? (
        <>
          <dt className="text-muted">{m.current.code}</dt>
          <dd className="font-mono">{facility.code}</dd>
        </>
      ) : null}
    </dl>
  );
}

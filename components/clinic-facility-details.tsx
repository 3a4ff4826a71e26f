import { localize } from "@/lib/i18n/client";
import type { ClinicFacility } from "@/lib/clinic/client";
import type { Messages } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/client";

type ClinicMessages = Messages["clinic"];

export function clinicLevelLabel(level: number, m: ClinicMessages): string {
  const labels = [m.levels.l0, m.levels.l1, m.levels.l2, m.levels.l3];
  return labels[level] ?? String(level);
}

export function facilityName(facility: Pick<ClinicFacility, "name" | "nameEn">, locale: Locale): string {
  return localize(locale, facility.name, facility.nameEn);
}

/**
 * A facility's address or hours in the page's language; where no English is recorded, the
 * Chinese, marked as Chinese. `keepChinese`: an English page also shows the Chinese beside
 * the English (for an address: what a taxi driver or a passer-by reads).
 */
export function FacilityText({ zh, en, locale, keepChinese = false }: { zh: string; en: string | null; locale: Locale; keepChinese?: boolean }) {
  if (localize(locale, true, false)) return <>{zh}</>;
  if (!en) return <span lang="zh-CN">{zh}</span>;
  if (!keepChinese) return <>{en}</>;
  return (
    <>
      {en} <span lang="zh-CN" className="text-muted">（{zh}）</span>
    </>
  );
}

/** A facility's level, district, address and hours. */
export function ClinicFacilityDetails({ facility, locale, m, showCode = false }: {
  facility: ClinicFacility;
  locale: Locale;
  m: ClinicMessages;
  showCode?: boolean;
}) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
      <dt className="text-muted">{m.current.level}</dt>
      <dd>{clinicLevelLabel(facility.level, m)}</dd>
      <dt className="text-muted">{m.current.district}</dt>
      <dd>{localize(locale, facility.district, facility.districtEn)}</dd>
      <dt className="text-muted">{m.current.address}</dt>
      <dd><FacilityText zh={facility.address} en={facility.addressEn} locale={locale} keepChinese /></dd>
      <dt className="text-muted">{m.current.hours}</dt>
      <dd><FacilityText zh={facility.hours} en={facility.hoursEn} locale={locale} /></dd>
      {showCode ? (
        <>
          <dt className="text-muted">{m.current.code}</dt>
          <dd className="font-mono" translate="no">{facility.code}</dd>
        </>
      ) : null}
    </dl>
  );
}

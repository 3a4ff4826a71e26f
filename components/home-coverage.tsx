import type { Locale, Messages } from "@/lib/i18n";
import type { HomeCoverage } from "@/lib/people/client";
import { Alerts } from "./alerts";
import { HomeClinicCard } from "./home-clinic-card";
import { HomeEntitlements } from "./home-entitlements";

/** Where the cards lead: the phone's screens, or the kiosk's (which stay under its idle sign-out). */
export interface CoverageLinks {
  clinic: string;
  entitlements: string;
}

const PHONE_LINKS: CoverageLinks = { clinic: "/clinic", entitlements: "/entitlements" };

/** The home page's coverage cards: reminders first, then the chosen clinic, the benefits and the account. */
export function HomeCoverageCards({ coverage, canChangeClinic, links = PHONE_LINKS, locale, m }: {
  coverage: HomeCoverage;
  canChangeClinic: boolean;
  links?: CoverageLinks;
  locale: Locale;
  m: Messages;
}) {
  return (
    <div className="space-y-6">
      <Alerts data={coverage.alerts} clinicHref={links.clinic} canChangeClinic={canChangeClinic} locale={locale} m={m.alerts} />
      <HomeClinicCard overview={coverage.clinic} canChange={canChangeClinic} href={links.clinic} locale={locale} m={m.clinic} />
      {coverage.entitlements ? <HomeEntitlements data={coverage.entitlements} href={links.entitlements} locale={locale} m={m.entitlements} /> : null}
    </div>
  );
}

import type { Locale, Messages } from "@/lib/i18n";
import type { HomeCoverage } from "@/lib/people/client";
import { Alerts } from "./alerts";
import { HomeClinicCard } from "./home-clinic-card";
import { HomeEntitlements } from "./home-entitlements";

/** The home page's coverage cards: reminders first, then the chosen clinic, the benefits and the account. */
export function HomeCoverageCards({ coverage, canChangeClinic, locale, m }: { coverage: HomeCoverage; canChangeClinic: boolean; locale: Locale; m: Messages }) {
  return (
    <div className="space-y-6">
      <Alerts data={coverage.alerts} canChangeClinic={canChangeClinic} locale={locale} m={m.alerts} />
      <HomeClinicCard overview={coverage.clinic} canChange={canChangeClinic} locale={locale} m={m.clinic} />
      {coverage.entitlements ? <HomeEntitlements data={coverage.entitlements} locale={locale} m={m.entitlements} /> : null}
    </div>
  );
}

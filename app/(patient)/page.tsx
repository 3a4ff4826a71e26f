import type { Metadata } from "next";
import { HomeCoverageCards } from "@/components/home-coverage";
import { PersonCard } from "@/components/person-card";
import { DeviceSetupStatus } from "@/components/voucher/device-setup-status";
import { ShowCodeButton } from "@/components/voucher/show-code-button";
import { authorisePersonAccess } from "@/lib/auth/authorise-person-access";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { getHomeCoverage } from "@/lib/data/home-coverage";
import { getPersonSummary } from "@/lib/data/person-summary";
import { chinaDay } from "@/lib/dates";
import { getServerMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.home.title };
}

export default async function HomePage() {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const { db } = await getDb();
  const summary = user.personId ? await getPersonSummary(db, user.personId, chinaDay(new Date())) : null;
  if (user.personId) await authorisePersonAccess(db, user, user.personId, "view_coverage");
  const coverage = user.personId ? await getHomeCoverage(db, user.personId, new Date()) : null;
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <h1 className="sr-only">{m.home.title}</h1>
      {summary ? <PersonCard summary={summary} locale={locale} m={m} /> : <p>{m.home.noEnrolment}</p>}
      {user.personId ? (
        <section aria-label={m.home.showCode} className="space-y-2">
          <ShowCodeButton label={m.home.showCode} hint={m.home.showCodeHint} />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <DeviceSetupStatus userId={user.userId} auto m={m.devices.setup} locale={locale} />
            <a href="/settings/devices" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
              {m.devices.manage}
            </a>
          </div>
        </section>
      ) : null}
      {coverage ? <HomeCoverageCards coverage={coverage} locale={locale} m={m} /> : null}
    </main>
  );
}

import type { Metadata } from "next";
import { EasyModeHome } from "@/components/easy-mode-home";
import { FamilyActingForBanner } from "@/components/family-acting-for-banner";
import { HomeCoverageCards } from "@/components/home-coverage";
import { PersonSwitcher } from "@/components/person-switcher";
import { PersonCard } from "@/components/person-card";
import { DeviceSetupStatus } from "@/components/voucher/device-setup-status";
import { ShowCodeButton } from "@/components/voucher/show-code-button";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { getHomeCoverage } from "@/lib/people/home-coverage";
import { getPersonSummary } from "@/lib/people/person-summary";
import { chinaDay } from "@/lib/dates";
import { isEasyMode } from "@/lib/easy-mode/server";
import { listActingFor } from "@/lib/family/acting-for";
import { resolveActingFor } from "@/lib/family/resolve-acting-for";
import { getServerMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.home.title };
}

/** `?for=<personId>` acts for a dependant or a relative under a grant (see PersonSwitcher). */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const { db } = await getDb();
  const now = new Date();
  const requested = (await searchParams).for;
  const acting = await resolveActingFor(db, user, typeof requested === "string" ? requested : null, now);
  const options = await listActingFor(db, user, now);
  const personId = acting.kind === "refused" ? null : acting.personId;
  const summary = personId ? await getPersonSummary(db, personId, chinaDay(now)) : null;
  const coverage = personId ? await getHomeCoverage(db, personId, now) : null;
  const easy = acting.kind === "self" && (await isEasyMode());
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <h1 className="sr-only">{m.home.title}</h1>
      <PersonSwitcher options={options} current={personId ?? ""} m={m.family.switcher} />
      {acting.kind === "refused" ? <p role="alert" className="font-medium text-red-700">{m.family.person.notAllowed}</p> : null}
      {acting.kind === "other" && summary ? <FamilyActingForBanner name={summary.maskedName} m={m.family.switcher} /> : null}
      {easy ? <EasyModeHome name={summary?.maskedName ?? null} m={m.easy} /> : null}
      {easy || acting.kind === "refused" ? null : summary ? <PersonCard summary={summary} locale={locale} m={m} /> : <p>{m.home.noEnrolment}</p>}
      {!easy && acting.kind === "self" && user.personId ? (
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
      {coverage && !easy ? <HomeCoverageCards coverage={coverage} locale={locale} m={m} /> : null}
    </main>
  );
}

import Link from "next/link";
import { cookies } from "next/headers";
import { HomeCoverageCards } from "@/components/home-coverage";
import { KioskIdleGuard } from "@/components/kiosk-idle-guard";
import { KioskPrintButton } from "@/components/kiosk-print-button";
import { KioskScanForm } from "@/components/kiosk-scan-form";
import { KioskSignIn } from "@/components/kiosk-sign-in";
import { KioskSignOutButton } from "@/components/kiosk-sign-out-button";
import { LanguageSwitcher } from "@/components/language-switcher";
import { PersonCard } from "@/components/person-card";
import { authorisePersonAccess } from "@/lib/family/access";
import { getSessionUser } from "@/lib/auth/current-user";
import { getHomeCoverage } from "@/lib/people/home-coverage";
import { getPersonSummary } from "@/lib/people/person-summary";
import { getDb } from "@/lib/db/client";
import { chinaDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { getServerMessages } from "@/lib/i18n/server";
import { KIOSK_KEY_COOKIE } from "@/lib/kiosk/enrol";
import { kioskIdleTimings } from "@/lib/kiosk/idle";
import { enrolDemoKioskAction, kioskScanSignInAction, kioskSignInAction, kioskSignOutAction } from "./actions";

type SearchParams = Record<string, string | string[] | undefined>;

/** The self-service kiosk: sign in, read and print one's coverage, and leave nothing behind. */
export default async function KioskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { locale, m } = await getServerMessages();
  const user = await getSessionUser();
  const header = (
    <div className="no-print flex items-center justify-between gap-4">
      <p className="text-3xl font-bold text-brand-700">{m.kiosk.title}</p>
      <LanguageSwitcher locale={locale} m={m} />
    </div>
  );

  if (!user || !user.personId) {
    const enrolled = Boolean((await cookies()).get(KIOSK_KEY_COOKIE)?.value);
    return (
      <main id="main" className="mx-auto max-w-4xl space-y-8 px-6 py-8">
        {header}
        <h1 className="text-4xl font-bold">{m.kiosk.welcome}</h1>
        {params.signedOut ? <p role="status" className="rounded-2xl bg-emerald-50 p-4 text-2xl text-emerald-900">{m.kiosk.signedOut}</p> : null}
        <p className="text-2xl">{m.kiosk.chooseSignIn}</p>
        <div className="grid gap-8 md:grid-cols-2">
          <section className="rounded-3xl border-2 border-slate-300 p-6">
            {enrolled ? <KioskScanForm action={kioskScanSignInAction} locale={locale} m={m.kiosk} /> : (
              <div className="space-y-4">
                <h2 className="text-3xl font-bold">{m.kiosk.scan.heading}</h2>
                <p className="text-2xl">{m.kiosk.scan.notEnrolled}</p>
                {env.demoMode ? (
                  <form action={enrolDemoKioskAction}>
                    <button type="submit" className="min-h-16 w-full rounded-2xl border-4 border-brand-700 px-6 text-2xl font-bold text-brand-700">{m.kiosk.enrol.demo}</button>
                  </form>
                ) : null}
              </div>
            )}
          </section>
          <section className="rounded-3xl border-2 border-slate-300 p-6">
            <KioskSignIn action={kioskSignInAction} locale={locale} m={m.kiosk} />
          </section>
        </div>
      </main>
    );
  }

  const { db } = await getDb();
  const now = new Date();
  await authorisePersonAccess(db, user, user.personId, "view_coverage");
  const [summary, coverage] = await Promise.all([getPersonSummary(db, user.personId, chinaDay(now)), getHomeCoverage(db, user.personId, now)]);
  const timings = kioskIdleTimings({ idle: params.idle, countdown: params.countdown }, env.demoMode);
  return (
    <KioskIdleGuard idleMs={timings.idleMs} countdownMs={timings.countdownMs} signOut={kioskSignOutAction} m={m.kiosk}>
      <main id="main" className="mx-auto max-w-4xl space-y-8 px-6 py-8">
        {header}
        <h1 className="text-4xl font-bold">{m.kiosk.sections.coverage}</h1>
        <div className="no-print flex flex-wrap gap-4">
          <KioskPrintButton label={m.kiosk.print} hint={m.kiosk.printHint} />
          <Link href="/kiosk/estimate" className="inline-flex min-h-16 items-center rounded-2xl border-4 border-brand-700 px-6 text-2xl font-bold text-brand-700">
            {m.kiosk.sections.estimate}
          </Link>
          <KioskSignOutButton signOut={kioskSignOutAction} label={m.kiosk.signOut} />
        </div>
        {summary ? <PersonCard summary={summary} locale={locale} m={m} /> : null}
        <HomeCoverageCards coverage={coverage} locale={locale} m={m} />
      </main>
    </KioskIdleGuard>
  );
}

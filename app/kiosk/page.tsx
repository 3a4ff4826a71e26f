import Link from "next/link";
import { HomeCoverageCards } from "@/components/home-coverage";
import { KioskEnrolForm } from "@/components/kiosk-enrol-form";
import { KioskIdleGuard } from "@/components/kiosk-idle-guard";
import { KioskPrintButton } from "@/components/kiosk-print-button";
import { KioskScanForm } from "@/components/kiosk-scan-form";
import { KioskSignIn } from "@/components/kiosk-sign-in";
import { KioskSignOutButton } from "@/components/kiosk-sign-out-button";
import { LanguageSwitcher } from "@/components/language-switcher";
import { PersonCard } from "@/components/person-card";
import { page } from "@/lib/context";
import { chinaDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { kioskIdleTimings } from "@/lib/kiosk";
import { getHomeCoverage, getPersonSummary } from "@/lib/people";
import { enrolDemoKioskAction, kioskScanSignInAction, kioskSignInAction, kioskSignOutAction } from "./actions";

/** The self-service kiosk: sign in, read and print one's coverage, and leave nothing behind. */
export default page({ who: "kiosk", scope: "view_coverage" }, async ({ db, now, locale, m, subject, client, search }) => {
  const header = (
    <div className="no-print flex items-center justify-between gap-4">
      <p className="text-3xl font-bold text-brand-700">{m.kiosk.title}</p>
      <LanguageSwitcher locale={locale} m={m} />
    </div>
  );

  if (!subject) {
    return (
      <main id="main" className="mx-auto max-w-4xl space-y-8 px-6 py-8">
        {header}
        <h1 className="text-4xl font-bold">{m.kiosk.welcome}</h1>
        {search.signedOut ? <p role="status" className="rounded-2xl bg-emerald-50 p-4 text-2xl text-emerald-900">{m.kiosk.signedOut}</p> : null}
        <p className="text-2xl">{m.kiosk.chooseSignIn}</p>
        <div className="grid gap-8 md:grid-cols-2">
          <section className="rounded-3xl border-2 border-slate-300 p-6">
            {client.kioskKey ? <KioskScanForm action={kioskScanSignInAction} m={m.kiosk} /> : (
              <div className="space-y-4">
                <h2 className="text-3xl font-bold">{m.kiosk.scan.heading}</h2>
                <p className="text-2xl">{m.kiosk.scan.notEnrolled}</p>
                {env.demoMode ? <KioskEnrolForm action={enrolDemoKioskAction} needsSecret={!client.fromLoopback} m={m.kiosk.enrol} /> : null}
              </div>
            )}
          </section>
          <section className="rounded-3xl border-2 border-slate-300 p-6">
            <KioskSignIn action={kioskSignInAction} m={m.kiosk} words={m.signIn} />
          </section>
        </div>
      </main>
    );
  }

  const [summary, coverage] = await Promise.all([getPersonSummary(db, subject.personId, chinaDay(now)), getHomeCoverage(db, subject.personId, now)]);
  const timings = kioskIdleTimings({ idle: search.idle, countdown: search.countdown }, env.demoMode);
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
        <HomeCoverageCards coverage={coverage} canChangeClinic={false} locale={locale} m={m} />
      </main>
    </KioskIdleGuard>
  );
});

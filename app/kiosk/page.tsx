import { HomeCoverageCards } from "@/components/home-coverage";
import { KioskEnrolForm } from "@/components/kiosk-enrol-form";
import { KioskPrintButton } from "@/components/kiosk-print-button";
import { KioskScanForm } from "@/components/kiosk-scan-form";
import { KioskShell } from "@/components/kiosk-shell";
import { KioskSignIn } from "@/components/kiosk-sign-in";
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
  if (!subject) {
    return (
      <main id="main" className="mx-auto max-w-5xl space-y-6 px-6 py-8">
        <div className="no-print flex items-center justify-between gap-4">
          <p className="text-2xl font-bold text-brand-700">{m.kiosk.title}</p>
          <LanguageSwitcher locale={locale} m={m} />
        </div>
        <h1 className="text-3xl font-bold">{m.kiosk.welcome}</h1>
        {search.signedOut ? <p role="status" className="rounded-2xl bg-emerald-50 p-4 text-emerald-900">{m.kiosk.signedOut}</p> : null}
        <p>{m.kiosk.chooseSignIn}</p>
        <div className="grid gap-6 md:grid-cols-2">
          <section className="rounded-3xl border-2 border-slate-300 p-5">
            {client.kioskKey ? <KioskScanForm action={kioskScanSignInAction} m={m.kiosk} /> : (
              <div className="space-y-4">
                <h2 className="text-2xl font-bold">{m.kiosk.scan.heading}</h2>
                <p>{m.kiosk.scan.notEnrolled}</p>
                {env.demoMode ? <KioskEnrolForm action={enrolDemoKioskAction} needsSecret={!client.fromLoopback} m={m.kiosk.enrol} /> : null}
              </div>
            )}
          </section>
          <section className="rounded-3xl border-2 border-slate-300 p-5">
            <KioskSignIn action={kioskSignInAction} m={m.kiosk} words={m.signIn} />
          </section>
        </div>
      </main>
    );
  }

  const [summary, coverage] = await Promise.all([getPersonSummary(db, subject.personId, chinaDay(now)), getHomeCoverage(db, subject.personId, now)]);
  return (
    <KioskShell current="coverage" timings={kioskIdleTimings({ idle: search.idle, countdown: search.countdown }, env.demoMode)} signOut={kioskSignOutAction} locale={locale} m={m}>
      <h1 className="text-3xl font-bold">{m.kiosk.sections.coverage}</h1>
      {summary ? <PersonCard summary={summary} locale={locale} m={m} /> : null}
      <KioskPrintButton label={m.kiosk.print} hint={m.kiosk.printHint} />
      <HomeCoverageCards coverage={coverage} canChangeClinic={subject.scopes.includes("manage_own")} links={{ clinic: "/kiosk/clinic", entitlements: "/kiosk/entitlements" }} locale={locale} m={m} />
    </KioskShell>
  );
});

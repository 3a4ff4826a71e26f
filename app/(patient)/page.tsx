import { EasyModeHome } from "@/components/easy-mode-home";
import { HomeCoverageCards } from "@/components/home-coverage";
import { PersonCard } from "@/components/person-card";
import { PersonSwitcher } from "@/components/person-switcher";
import { SubjectRefused } from "@/components/subject-refused";
import { DeviceSetupStatus } from "@/components/voucher/device-setup-status";
import { ShowCodeButton } from "@/components/voucher/show-code-button";
import { page, pageMetadata } from "@/lib/context";
import { chinaDay } from "@/lib/dates";
import { listActingFor } from "@/lib/family";
import { getHomeCoverage, getPersonSummary } from "@/lib/people";
import { registerDeviceAction } from "../voucher/actions";

export const generateMetadata = pageMetadata((m) => ({ title: m.home.title }));

/**
 * Home: the card and coverage of the person the account acts for (itself, a dependant child,
 * or a relative under a grant — chosen on the switcher, remembered for the session), and the
 * way to their code when the grant covers showing it.
 */
export default page(
  {
    who: "person",
    scope: "view_coverage",
    log: "home.coverage",
    path: "/",
    refused: async ({ db, now, actor, m }, why) => (
      <SubjectRefused title={m.home.title} message={why === "no_person" ? m.home.noEnrolment : m.family.person.notAllowed} alert={why === "forbidden"}>
        <PersonSwitcher options={await listActingFor(db, actor, now)} current="" m={m.family} />
      </SubjectRefused>
    ),
  },
  async ({ db, now, locale, m, actor, subject, easyMode }) => {
    const [options, summary, coverage] = await Promise.all([
      listActingFor(db, actor, now),
      getPersonSummary(db, subject.personId, chinaDay(now)),
      getHomeCoverage(db, subject.personId, now),
    ]);
    const self = subject.via === "self";
    const easy = self && easyMode;
    const showCode = subject.scopes.includes("show_code");
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
        <h1 className="sr-only">{m.home.title}</h1>
        <PersonSwitcher options={options} current={subject.personId} m={m.family} />
        {easy ? <EasyModeHome name={summary?.maskedName ?? null} m={m.easy} /> : null}
        {easy ? null : summary ? <PersonCard summary={summary} locale={locale} m={m} /> : <p>{m.home.noEnrolment}</p>}
        {!easy && showCode ? (
          <section aria-label={m.home.showCode} className="space-y-2">
            <ShowCodeButton href={self ? "/voucher" : `/voucher?for=${subject.personId}`} label={m.home.showCode} hint={m.home.showCodeHint} />
            {self ? (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <DeviceSetupStatus userId={actor.userId} auto register={registerDeviceAction} m={m.devices.setup} />
                <a href="/settings/devices" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
                  {m.devices.manage}
                </a>
              </div>
            ) : null}
          </section>
        ) : null}
        {coverage && !easy ? <HomeCoverageCards coverage={coverage} canChangeClinic={subject.scopes.includes("manage_own")} locale={locale} m={m} /> : null}
      </main>
    );
  },
);

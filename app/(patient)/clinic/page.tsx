import { SubjectRefused } from "@/components/subject-refused";
import { page, pageMetadata } from "@/lib/context";
import { ClinicScreen, loadClinicScreen } from "./_components/clinic-screen";

export const generateMetadata = pageMetadata((m) => ({ title: m.clinic.title }));

/**
 * The chosen clinic of the person acted for, and the eligible clinics of their region. Changing it
 * is offered only where the account may manage the person (itself, or a dependant child): for a
 * relative under a grant the screen is read-only.
 */
export default page(
  {
    who: "person",
    scope: "view_coverage",
    log: "clinic",
    path: "/clinic",
    refused: ({ m }, why) => <SubjectRefused title={m.clinic.title} message={why === "no_person" ? m.clinic.errors.no_person : m.family.person.notAllowed} alert={why === "forbidden"} />,
  },
  async ({ db, now, locale, m, subject, search }) => (
    <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
      <ClinicScreen data={await loadClinicScreen(db, subject, search, now)} locale={locale} m={m} basePath="/clinic" />
    </main>
  ),
);

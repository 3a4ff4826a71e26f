import { EstimateForm } from "@/components/estimate-form";
import { SubjectRefused } from "@/components/subject-refused";
import { page, pageMetadata } from "@/lib/context";
import { chinaDay } from "@/lib/dates";
import { getEstimateFormOptions } from "@/lib/estimate";
import { estimateAction, saveEstimateAction } from "./actions";

export const generateMetadata = pageMetadata((m) => ({ title: m.estimate.title }));

/** What a bill will cost the person acted for (itself, a child, or a relative who granted "estimate"), and why. */
export default page(
  {
    who: "person",
    scope: "estimate",
    log: "estimate.form",
    path: "/estimate",
    refused: ({ m }, why) => <SubjectRefused title={m.estimate.title} message={why === "no_person" ? m.estimate.noPerson : m.family.person.notAllowed} alert={why === "forbidden"} />,
  },
  async ({ db, now, locale, m, subject }) => {
    const options = await getEstimateFormOptions(db, subject.personId, chinaDay(now));
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
        <div>
          <h1 className="text-2xl font-bold">{m.estimate.title}</h1>
          <p className="text-muted">{m.estimate.intro}</p>
        </div>
        {options.insurance === null ? <p role="alert">{m.estimate.notEnrolled}</p> : null}
        <EstimateForm action={estimateAction} shareAction={saveEstimateAction} options={options} m={m.estimate} locale={locale} />
      </main>
    );
  },
);

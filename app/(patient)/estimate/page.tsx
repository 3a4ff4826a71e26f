import { EstimateForm } from "@/components/estimate-form";
import { SubjectRefused } from "@/components/subject-refused";
import { page, pageMetadata } from "@/lib/context";
import { chinaDay } from "@/lib/dates";
import { getEstimateFormOptions, savedEstimateValues } from "@/lib/estimate";
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
  async ({ db, now, locale, m, subject, search }) => {
    // "Estimate again" from a saved estimate starts from its values (only the subject's own).
    const from = typeof search.from === "string" ? search.from : null;
    const [options, initialValues] = await Promise.all([
      getEstimateFormOptions(db, subject.personId, chinaDay(now)),
      from ? savedEstimateValues(db, subject.personId, from, now) : Promise.resolve(null),
    ]);
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
        <div>
          <h1 className="text-2xl font-bold">{m.estimate.title}</h1>
          <p className="text-muted">{m.estimate.intro}</p>
        </div>
        {options.insurance === null ? <p role="alert">{m.estimate.notEnrolled}</p> : null}
        <EstimateForm
          action={estimateAction}
          saveAction={saveEstimateAction}
          options={options}
          initialValues={initialValues ?? undefined}
          name={subject.via === "self" ? null : subject.maskedName}
          m={m.estimate}
         
          locale={locale}
        />
      </main>
    );
  },
);

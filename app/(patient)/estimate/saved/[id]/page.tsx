import Link from "next/link";
import { EstimatePrintButton } from "@/components/estimate-print-button";
import { EstimateResult } from "@/components/estimate-result";
import { SubjectRefused } from "@/components/subject-refused";
import { page, pageMetadata } from "@/lib/context";
import { openSavedEstimate, savedEstimateOwner } from "@/lib/estimate";
import { format, formatInstant } from "@/lib/i18n";

export const generateMetadata = pageMetadata((m) => ({ title: m.estimate.result.savedHeading }));

function NewEstimateLink({ label }: { label: string }) {
  return <Link href="/estimate" className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 font-medium text-brand-700">{label}</Link>;
}

/**
 * A saved estimate, at the link it was shared by: its person is the subject, authorised for
 * "estimate" like any other; a missing estimate and a forbidden one read the same (no probing).
 */
export default page(
  {
    who: "person",
    scope: "estimate",
    log: "estimate.saved",
    path: (params) => `/estimate/saved/${encodeURIComponent(params.id ?? "")}`,
    subjectOf: (db, params) => savedEstimateOwner(db, params.id ?? ""),
    refused: ({ m }) => (
      <SubjectRefused title={m.estimate.result.savedHeading} message={m.estimate.result.savedNotFound} alert>
        <NewEstimateLink label={m.estimate.result.newEstimate} />
      </SubjectRefused>
    ),
  },
  async ({ db, locale, m, subject, params }) => {
    const saved = await openSavedEstimate(db, subject.personId, params.id ?? "");
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
        <div>
          <h1 className="text-2xl font-bold">{m.estimate.result.savedHeading}</h1>
          <p className="text-muted">{format(m.estimate.result.savedAt, { time: formatInstant(saved.createdAt, locale) })}</p>
        </div>
        <EstimateResult figures={saved.figures} context={saved.context} m={m.estimate.result} formM={m.estimate.form} locale={locale} />
        <div className="flex flex-wrap gap-3 print:hidden">
          <NewEstimateLink label={m.estimate.result.newEstimate} />
          <EstimatePrintButton label={m.estimate.result.print} />
        </div>
      </main>
    );
  },
);

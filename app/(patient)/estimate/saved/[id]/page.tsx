import Link from "next/link";
import { EstimatePrintButton } from "@/components/estimate-print-button";
import { EstimateResult } from "@/components/estimate-result";
import { EstimateShareForm } from "@/components/estimate-share-form";
import { SubjectRefused } from "@/components/subject-refused";
import { page, pageMetadata } from "@/lib/context";
import { openSavedEstimate, savedEstimateOwner, SHARE_LINK_DAYS } from "@/lib/estimate";
import { format, formatInstant } from "@/lib/i18n";
import { shareEstimateAction } from "../../actions";

export const generateMetadata = pageMetadata((m) => ({ title: m.estimate.result.savedHeading }));

function EstimateLink({ href, label }: { href: string; label: string }) {
  return <Link href={href} className="inline-flex min-h-12 items-center rounded border border-brand-700 px-4 font-medium text-brand-700">{label}</Link>;
}

/**
 * A saved estimate: its person is the subject, authorised for "estimate" like any other; a
 * missing estimate and a forbidden one read the same (no probing). It keeps the bill's lines,
 * the form's values (to estimate again from them) and the policy version it was worked out
 * with; the person (or a guardian) may share it with a read-only link that expires.
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
        <EstimateLink href="/estimate" label={m.estimate.result.newEstimate} />
      </SubjectRefused>
    ),
  },
  async ({ db, now, locale, m, subject, params }) => {
    const saved = await openSavedEstimate(db, subject.personId, params.id ?? "", now);
    const result = m.estimate.result;
    return (
      <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6">
        <div>
          <h1 className="text-2xl font-bold">{result.savedHeading}</h1>
          <p className="text-muted">{format(result.savedAt, { time: formatInstant(saved.createdAt, locale) })}</p>
        </div>
        <EstimateResult
          figures={saved.figures}
          context={saved.context}
          lines={saved.lines}
          name={subject.via === "self" ? null : subject.maskedName}
          m={result}
          formM={m.estimate.form}
         
          locale={locale}
        />
        <div className="flex flex-wrap gap-3 print:hidden">
          <EstimatePrintButton label={result.print} />
          <EstimateLink href={`/estimate?from=${saved.id}`} label={result.again} />
          <EstimateLink href="/estimate" label={result.newEstimate} />
        </div>
        {subject.scopes.includes("manage_own") ? (
          <EstimateShareForm action={shareEstimateAction} personId={subject.personId} estimateId={saved.id} sharedUntil={saved.sharedUntil} days={SHARE_LINK_DAYS} m={result.share} locale={locale} />
        ) : null}
      </main>
    );
  },
);

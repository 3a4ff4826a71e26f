import type { EstimateContext, EstimateFigures, EstimateLineView } from "@/lib/estimate/client";
import { format, formatDay, localize, pick, type Locale, type Messages } from "@/lib/i18n/client";
import { EstimateAnswer } from "./estimate-answer";
import { EstimateBillTable } from "./estimate-bill-table";
import { EstimateClerkFields } from "./estimate-clerk-fields";
import { EstimateConditions } from "./estimate-conditions";
import { EstimateSplitBar } from "./estimate-split-bar";
import { Provenance } from "./provenance";

/**
 * An estimate's result, the answer first: what the person pays and what the fund pays, in one
 * sentence; the balance; who pays what; the bill's lines; what it assumed; how it was worked
 * out and under which policy. The national settlement fields are for counter staff, collapsed
 * at the end. The same on screen, in a saved estimate, behind a share link and on paper.
 */
export function EstimateResult({ figures, context, lines, name = null, m, formM, locale, headingId = "estimate-result-heading", sourcesLink = true }: {
  figures: EstimateFigures;
  context: Omit<EstimateContext, "personId"> | null;
  lines: EstimateLineView[];
  /** The masked name when the estimate is about someone else; null speaks to the reader. */
  name?: string | null;
  m: Messages["estimate"]["result"];
  formM: Messages["estimate"]["form"];
  locale: Locale;
  headingId?: string;
  /** A link to the policy sources page; off at a kiosk, where every screen stays under the idle sign-out. */
  sourcesLink?: boolean;
}) {
  const { amounts, policy } = figures;
  const explanation = figures.explanation.zh.length > 0 ? localize(locale, figures.explanation.zh, figures.explanation.en) : null;
  const version = formatDay(policy.version, locale);
  return (
    <section aria-labelledby={headingId} className="space-y-6 rounded-lg border border-slate-300 bg-white p-4 print:border-0 print:p-0" data-testid="estimate-result">
      <div className="space-y-3">
        <h2 id={headingId} tabIndex={-1} className="text-xl font-bold">{m.heading}</h2>
        <EstimateAnswer amounts={amounts} context={context} name={name} m={m} />
      </div>
      <EstimateSplitBar amounts={amounts} m={m} />
      <EstimateBillTable lines={lines} totalFen={amounts.medfee_sumamt} m={m} classes={formM.classes} locale={locale} />
      {context ? <EstimateConditions context={context} m={m} formM={formM} locale={locale} /> : null}
      {explanation ? (
        <section aria-labelledby={`${headingId}-explanation`}>
          <h3 id={`${headingId}-explanation`} className="mb-2 font-semibold">{m.explanationHeading}</h3>
          <ol className="list-decimal space-y-1 pl-6" data-testid="estimate-explanation">
            {explanation.map((line, index) => <li key={index}>{line}</li>)}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby={`${headingId}-policy`} className="space-y-1">
        <h3 id={`${headingId}-policy`} className="font-semibold">{m.policyHeading}</h3>
        <p>{context?.policyName ? format(m.policy, { region: pick(context.policyName, locale), version }) : format(m.policyUnnamed, { version })}</p>
        <Provenance source={policy.source} unverified={policy.unverified} partly policyId={sourcesLink ? policy.id : undefined} m={m.provenance} />
        <p className="text-muted">{m.disclaimer}</p>
      </section>
      <EstimateClerkFields amounts={amounts} m={m} />
    </section>
  );
}

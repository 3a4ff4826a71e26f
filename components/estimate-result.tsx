import type { EstimateContext, EstimateFigures } from "@/lib/estimate/client";
import { format, localize, type Locale, type Messages } from "@/lib/i18n";
import { formatYuan } from "@/lib/reimbursement";
import { EstimateSplitBar } from "./estimate-split-bar";

type FieldKey = keyof Messages["estimate"]["result"]["fields"];

const FIELDS: readonly FieldKey[] = [
  "medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay", "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc",
  "hifp_pay", "hifmi_pay", "hifob_pay", "maf_pay", "fund_pay_sumamt", "psn_part_amt", "acct_pay", "acct_mulaid_pay", "psn_cash_pay", "balc",
];
/** Totals stand out: what the funds pay and what the person pays. */
const TOTALS: ReadonlySet<FieldKey> = new Set(["fund_pay_sumamt", "psn_part_amt"]);

/** An estimate's result: the split, the national settlement fields in plain words, the explanation and the policy. */
export function EstimateResult({ figures, context, m, formM, locale, headingId = "estimate-result-heading" }: {
  figures: EstimateFigures;
  context: EstimateContext | null;
  m: Messages["estimate"]["result"];
  formM: Messages["estimate"]["form"];
  locale: Locale;
  headingId?: string;
}) {
  const { amounts, policy } = figures;
  const explanation = figures.explanation.zh.length > 0 ? localize(locale, figures.explanation.zh, figures.explanation.en) : null;
  const facilityName = context?.facility ? localize(locale, context.facility.name, context.facility.nameEn) : null;
  const level = context?.facility ? (context.facility.level === 0 ? formM.levelZero : format(formM.level, { level: context.facility.level })) : "";
  return (
    <section aria-labelledby={headingId} className="space-y-5 rounded-lg border border-slate-300 bg-white p-4" data-testid="estimate-result">
      <div>
        <h2 id={headingId} tabIndex={-1} className="text-xl font-bold">{m.heading}</h2>
        <p className="text-lg tabular-nums">{format(m.total, { amount: formatYuan(amounts.medfee_sumamt) })}</p>
        {facilityName && context ? (
          <p className="text-muted">{format(m.context, { facility: facilityName, level, crossRegion: formM.crossRegionOptions[context.crossRegion] })}</p>
        ) : null}
        {context ? <p className="text-muted">{context.accumulatorsMode === "ledger" ? m.accumulatorsLedger : m.accumulatorsWhatIf}</p> : null}
      </div>
      <EstimateSplitBar amounts={amounts} m={m} />
      <section aria-labelledby={`${headingId}-fields`}>
        <h3 id={`${headingId}-fields`} className="mb-2 font-semibold">{m.fieldsHeading}</h3>
        <dl className="divide-y divide-slate-200">
          {FIELDS.map((field) => (
            <div key={field} className={`flex items-baseline justify-between gap-3 py-1 ${TOTALS.has(field) ? "font-semibold" : ""}`}>
              <dt>
                {m.fields[field]} <span className="text-xs text-muted">{field}</span>
              </dt>
              <dd className="tabular-nums" data-testid={`field-${field}`}>{formatYuan(amounts[field])}</dd>
            </div>
          ))}
        </dl>
      </section>
      {explanation ? (
        <section aria-labelledby={`${headingId}-explanation`}>
          <h3 id={`${headingId}-explanation`} className="mb-2 font-semibold">{m.explanationHeading}</h3>
          <ol className="list-decimal space-y-1 pl-6" data-testid="estimate-explanation">
            {explanation.map((line, index) => <li key={index}>{line}</li>)}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby={`${headingId}-policy`} className="text-sm">
        <h3 id={`${headingId}-policy`} className="mb-1 font-semibold">{m.policyHeading}</h3>
        <p>{format(m.policy, { id: policy.id, version: policy.version })}</p>
        <p className="break-words">{format(m.source, { source: policy.source })}</p>
        {policy.unverified ? <p className="mt-1 font-medium text-amber-800">{m.unverified}</p> : null}
        <p className="mt-1 text-muted">{m.disclaimer}</p>
      </section>
    </section>
  );
}

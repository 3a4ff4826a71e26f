import { formatFen, type Messages } from "@/lib/i18n/client";
import type { SettlementAmounts } from "@/lib/reimbursement";

type FieldKey = keyof Messages["estimate"]["result"]["fields"];

const FIELDS: readonly FieldKey[] = [
  "medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay", "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc",
  "hifp_pay", "hifmi_pay", "hifob_pay", "maf_pay", "fund_pay_sumamt", "psn_part_amt", "acct_pay", "acct_mulaid_pay", "psn_cash_pay", "balc",
];
/** Totals stand out: what the funds pay and what the person pays. */
const TOTALS: ReadonlySet<FieldKey> = new Set(["fund_pay_sumamt", "psn_part_amt"]);

/**
 * The national settlement interface's fields, for counter staff to check against their own
 * system: collapsed, below the answer. Field names are identifiers, not words (translate="no").
 */
export function EstimateClerkFields({ amounts, m }: { amounts: SettlementAmounts; m: Messages["estimate"]["result"] }) {
  return (
    <details className="rounded border border-slate-300 p-3 print:border-black" data-testid="estimate-clerk-fields">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold">{m.fieldsHeading}</summary>
      <p className="text-sm text-muted">{m.fieldsHint}</p>
      <dl className="mt-2 divide-y divide-slate-200">
        {FIELDS.map((field) => (
          <div key={field} className={`flex flex-wrap items-baseline justify-between gap-x-3 py-1 ${TOTALS.has(field) ? "font-semibold" : ""}`}>
            <dt>
              {m.fields[field]} <code translate="no" className="text-sm text-muted">{field}</code>
            </dt>
            <dd className="tabular-nums" data-testid={`field-${field}`}>{formatFen(amounts[field])}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

import { localize } from "@/lib/i18n";
import type { SettlementDetail } from "@/lib/ledger/client";
import type { Messages } from "@/lib/i18n";
import { formatDay, formatFen, formatInstant } from "@/lib/i18n";
import { format, relativeLabel, type Locale } from "@/lib/i18n";
import { unitPriceOf, type SettlementAmounts } from "@/lib/reimbursement";
import { pick } from "./entitlement-text";

type M = Messages["entitlements"];

/** The split in the order a person reads a receipt: the bill, who paid, then how the policy got there. */
const SPLIT_ROWS: ReadonlyArray<{ key: keyof SettlementAmounts; strong?: boolean; indent?: boolean }> = [
  { key: "medfee_sumamt", strong: true },
  { key: "fund_pay_sumamt", strong: true },
  { key: "hifp_pay", indent: true },
  { key: "hifmi_pay", indent: true },
  { key: "hifob_pay", indent: true },
  { key: "maf_pay", indent: true },
  { key: "psn_part_amt", strong: true },
  { key: "acct_pay", indent: true },
  { key: "acct_mulaid_pay", indent: true },
  { key: "psn_cash_pay", indent: true },
  { key: "fulamt_ownpay_amt" },
  { key: "overlmt_selfpay" },
  { key: "preselfpay_amt" },
  { key: "inscp_scp_amt" },
  { key: "act_pay_dedc" },
];

/** Quantity × unit price (= the line's amount, lib/reimbursement bill-line.ts) for more than one unit. */
function lineQuantity(line: SettlementDetail["lines"][number], d: M["detail"]): string {
  if (line.quantity <= 1) return "";
  const unit = unitPriceOf(line);
  return unit === null ? format(d.quantity, { quantity: line.quantity }) : format(d.quantityPrice, { quantity: line.quantity, price: formatFen(unit) });
}

/** One settlement's full split, its lines and the engine's explanation step by step. */
export function EntitlementSettlementDetail({ detail, locale, m, family }: { detail: SettlementDetail; locale: Locale; m: M; family: Messages["family"] }) {
  const d = m.detail;
  const rows = SPLIT_ROWS.filter((r) => r.strong || detail.amounts[r.key] !== 0);
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-2xl border border-slate-200 bg-white p-4">
        <dt className="text-muted">{d.facility}</dt>
        <dd>{pick({ zh: detail.facility.name, en: detail.facility.nameEn }, locale)}</dd>
        <dt className="text-muted">{d.serviceDate}</dt>
        <dd>{formatDay(detail.serviceDate, locale)}</dd>
        <dt className="text-muted">{d.visitKind}</dt>
        <dd>{m.visitKinds[detail.visitKind]}</dd>
        <dt className="text-muted">{d.settledAt}</dt>
        <dd>{formatInstant(detail.createdAt, locale)}</dd>
      </dl>
      {detail.reversal ? (
        <p className="rounded-lg bg-slate-200 p-3 font-medium">{format(d.reversedAt, { time: formatInstant(detail.reversal.reversedAt, locale), reason: detail.reversal.reason })}</p>
      ) : null}

      <section aria-labelledby="split-title" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="split-title" className="text-xl font-semibold">{d.split}</h2>
        <p className="rounded-lg bg-brand-50 p-3">
          <span className="font-semibold">{d.summary}</span>
          {pick(detail.summary, locale)}
        </p>
        <table className="w-full text-left">
          <caption className="sr-only">{d.split}</caption>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-slate-100" data-amount={r.key}>
                <th scope="row" className={`py-1.5 font-normal ${r.indent ? "pl-4 text-muted" : ""} ${r.strong ? "font-semibold" : ""}`}>{d.amounts[r.key]}</th>
                <td className={`py-1.5 text-right tabular-nums ${r.strong ? "font-semibold" : ""}`}>{formatFen(detail.amounts[r.key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {detail.paidFromAccountOf && !detail.paidFromAccountOf.self ? (
          <p>{format(d.paidFromRelative, { name: relativeLabel(detail.paidFromAccountOf, family) })}</p>
        ) : null}
      </section>

      <section aria-labelledby="lines-title" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="lines-title" className="text-xl font-semibold">{d.lines}</h2>
        <ul className="divide-y divide-slate-100">
          {detail.lines.map((line) => (
            <li key={line.lineNo} className="flex justify-between gap-3 py-1.5">
              <span>
                <span lang={localize<string | undefined>(locale, undefined, "zh-CN")}>{line.name ?? line.code ?? `#${line.lineNo}`}</span>{" "}
                <span className="text-sm text-muted">{d.lineClass[line.itemClass]} {lineQuantity(line, d)}</span>
              </span>
              <span className="tabular-nums">{formatFen(line.amountFen)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-title" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="steps-title" className="text-xl font-semibold">{d.steps}</h2>
        <ol className="list-decimal space-y-2 pl-5">
          {detail.steps.map((step, i) => (
            <li key={`${step.rule}-${i}`}>
              <p>{pick(step.note, locale)}</p>
              {step.source ? <p className="text-sm text-muted">{format(m.source, { source: step.source })}</p> : null}
            </li>
          ))}
        </ol>
        <p className="text-sm text-muted">
          {format(d.policy, { id: detail.policy.id, version: detail.policy.version })} · {format(m.source, { source: detail.policy.source })}
          {detail.policy.unverified ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{m.unverified}</span> : null}
        </p>
      </section>
    </div>
  );
}

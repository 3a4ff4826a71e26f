"use client";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/context/client";
import type { Messages } from "@/lib/i18n";
import { format, type Locale } from "@/lib/i18n";
import type { TerminalSettlementDto } from "@/lib/terminal/client";
import { formatRich } from "../rich-text";

type ReverseAction = (id: string, reason: string) => Promise<ActionResult<TerminalSettlementDto>>;

const SHOWN_FIELDS = [
  "medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay", "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc",
  "hifp_pay", "hifmi_pay", "hifob_pay", "maf_pay", "fund_pay_sumamt", "psn_part_amt", "acct_pay", "acct_mulaid_pay", "psn_cash_pay", "balc",
] as const;

/** The printed receipt of a settlement, and its reversal (once, with a reason). */
export function SettlementReceipt({ initial, m, locale, reverseAction, onNext }: {
  initial: TerminalSettlementDto;
  m: Messages["terminalSettle"];
  locale: Locale;
  reverseAction: ReverseAction;
  onNext: () => void;
}) {
  const [settlement, setSettlement] = useState(initial);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const reverse = () =>
    startTransition(async () => {
      const result = await reverseAction(settlement.id, reason);
      // Commit the outcome with the end of `pending` (see SettlementPanel).
      startTransition(() => {
        if (result.ok) {
          setSettlement(result.data);
          setError(null);
        } else setError(result.formError ?? m.genericError);
      });
    });

  return (
    <section aria-labelledby="receipt-title" className="space-y-4 rounded-2xl bg-white p-5 shadow-sm" data-testid="receipt">
      <h2 id="receipt-title" className="text-xl font-bold">{m.receiptTitle}</h2>
      <p>{formatRich(m.receiptFor, { name: <span lang="zh-CN">{settlement.maskedName}</span>, id: <span translate="no">{settlement.id.slice(0, 8)}</span> })}</p>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
        {SHOWN_FIELDS.map((field) => (
          <div key={field} className="contents">
            <dt>{m.fields[field]} <code translate="no" className="text-xs text-muted">{field}</code></dt>
            <dd className="text-right font-mono tabular-nums" data-field={field}>{settlement.amounts[field].toFixed(2)}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted"><span translate="no">{settlement.policy.id}</span> · {settlement.policy.version} · <cite lang="zh-CN" className="not-italic">{settlement.policy.source}</cite></p>
      <div className="no-print flex flex-wrap gap-3">
        <button type="button" onClick={() => window.print()} className="min-h-12 rounded-lg border border-slate-400 px-4 font-semibold">{m.print}</button>
        <button type="button" onClick={onNext} className="min-h-12 rounded-lg border border-slate-400 px-4 font-semibold">{m.nextCustomer}</button>
      </div>
      <div role="status" aria-live="polite">
        {settlement.status === "reversed" ? <p className="rounded-lg bg-amber-50 p-3 font-semibold text-amber-900">{m.reversed}</p> : null}
      </div>
      {settlement.status === "settled" ? (
        <div className="no-print space-y-2 border-t border-slate-200 pt-4">
          <h3 className="font-semibold">{m.reverseTitle}</h3>
          <label htmlFor="reversal-reason" className="block">{m.reason}</label>
          <input id="reversal-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} className="block w-full rounded-lg border border-slate-400 px-3 py-2" />
          <button type="button" onClick={reverse} disabled={pending || reason.trim() === ""} aria-busy={pending} className="min-h-12 rounded-lg border-2 border-red-700 px-4 font-semibold text-red-800 disabled:opacity-50">
            {m.reverse}
          </button>
          <p role="status" className="text-muted">{pending ? m.reversing : ""}</p>
          <p role="alert" className="text-red-800">{error}</p>
        </div>
      ) : null}
    </section>
  );
}

"use client";
import { useEffect } from "react";
import { format, type Messages } from "@/lib/i18n/client";
import { formatYuan } from "@/lib/reimbursement/client";
import type { PendingBill } from "./pending-bill-store";
import { type SettleAction, type SettleAnswer, useBillSender } from "./use-bill-sender";

/**
 * A bill sent before the page was reloaded whose answer never came: shown as it was, and sent
 * again at once under its own Idempotency-Key — a bill the server had settled is answered with
 * that settlement. Only after an answer that refuses it may the clerk put it aside.
 */
export function RecoveredBill({ bill, m, settleAction, onSettled, onDiscard }: {
  bill: PendingBill;
  m: Messages["terminalSettle"];
  settleAction: SettleAction;
  onSettled: (answer: SettleAnswer) => void;
  onDiscard: () => void;
}) {
  const { state, resume, retryNow } = useBillSender(settleAction, onSettled);
  useEffect(() => resume(bill), [bill, resume]);
  const r = m.recovered;
  return (
    <section aria-labelledby="recovered-title" className="space-y-3 rounded-2xl border-2 border-amber-600 bg-white p-5 shadow-sm" data-testid="recovered-bill">
      <h2 id="recovered-title" className="text-xl font-bold">{r.title}</h2>
      <p className="text-lg">{format(r.summary, { name: bill.maskedName, count: bill.lineCount, amount: formatYuan(bill.totalFen) })}</p>
      <div role="status" aria-live="polite">
        {state.phase === "refused" ? null : <p className="font-medium">{state.phase === "waiting" ? m.offline : r.sending}</p>}
      </div>
      <div role="alert">{state.phase === "refused" ? <p className="font-semibold text-red-800" data-code={state.code}>{state.message ?? m.genericError}</p> : null}</div>
      {state.phase === "waiting" ? (
        <button type="button" onClick={retryNow} className="min-h-12 rounded-lg border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50">{m.retryNow}</button>
      ) : null}
      {state.phase === "refused" ? (
        <button type="button" onClick={onDiscard} className="min-h-12 rounded-lg border border-slate-400 px-4 font-semibold hover:bg-slate-100">{r.discard}</button>
      ) : null}
    </section>
  );
}

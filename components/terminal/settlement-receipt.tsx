"use client";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/context/client";
import type { Locale, Messages } from "@/lib/i18n/client";
import type { TerminalSettlementDto } from "@/lib/terminal/client";
import { PAPERS, ReceiptPaper, type Paper } from "./receipt-paper";

type ReverseAction = (id: string, reason: string) => Promise<ActionResult<TerminalSettlementDto>>;

/** The till's paper is a setting of the device, kept between customers. */
const PAPER_KEY = "yb.terminal.paper";

function savedPaper(): Paper {
  try {
    const saved = window.localStorage.getItem(PAPER_KEY);
    return (PAPERS as readonly string[]).includes(saved ?? "") ? (saved as Paper) : "roll80";
  } catch {
    return "roll80";
  }
}

/**
 * After a settlement: the receipt as it prints, the paper it prints on, print, the next customer,
 * and the reversal (once, with a reason). A bill that was sent again and found settled says so.
 */
export function SettlementReceipt({ initial, replayed, m, mTerminal, locale, reverseAction, onNext }: {
  initial: TerminalSettlementDto;
  replayed: boolean;
  m: Messages["terminalSettle"];
  mTerminal: Messages["terminal"];
  locale: Locale;
  reverseAction: ReverseAction;
  onNext: () => void;
}) {
  const [settlement, setSettlement] = useState(initial);
  const [paper, setPaper] = useState<Paper>(savedPaper);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const choosePaper = (next: Paper) => {
    setPaper(next);
    try {
      window.localStorage.setItem(PAPER_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this receipt.
    }
  };

  const reverse = () =>
    startTransition(async () => {
      const result = await reverseAction(settlement.id, reason);
      // Commit the outcome with the end of `pending`: the button is back the moment the message shows.
      startTransition(() => {
        if (result.ok) {
          setSettlement(result.data);
          setError(null);
        } else setError(result.formError ?? m.genericError);
      });
    });

  return (
    <section aria-label={m.receiptTitle} className="space-y-4 rounded-2xl bg-white p-5 shadow-sm" data-testid="receipt">
      <div role="status" aria-live="polite">
        {replayed ? <p className="rounded-lg bg-brand-50 p-3 font-semibold text-brand-800" data-testid="replayed">{m.replayed}</p> : null}
        {settlement.status === "reversed" ? <p className="rounded-lg bg-amber-50 p-3 font-semibold text-amber-900">{m.reversed}</p> : null}
      </div>
      <ReceiptPaper settlement={settlement} paper={paper} m={m} mTerminal={mTerminal} locale={locale} />
      <div className="no-print flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="receipt-paper" className="block text-sm font-medium">{m.paper}</label>
          <select id="receipt-paper" value={paper} onChange={(e) => choosePaper(e.target.value as Paper)} className="min-h-12 rounded-lg border border-slate-400 bg-white px-3">
            {PAPERS.map((p) => <option key={p} value={p}>{m.papers[p]}</option>)}
          </select>
        </div>
        <button type="button" onClick={() => window.print()} className="min-h-12 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">{m.print}</button>
        <button type="button" onClick={onNext} className="min-h-12 rounded-lg border border-slate-400 px-5 font-semibold hover:bg-slate-100">{m.nextCustomer}</button>
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

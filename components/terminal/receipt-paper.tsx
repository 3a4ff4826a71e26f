"use client";
import { useEffect, useRef, useState } from "react";
import { QrSymbol } from "@/components/voucher/qr-symbol";
import { TypedText } from "@/components/rich-text";
import { format, formatDay, formatFen, formatInstant, localize, type Locale, type Messages } from "@/lib/i18n/client";
import { pageNonce } from "@/lib/request-guard/client";
import type { TerminalSettlementDto } from "@/lib/terminal/client";

export const PAPERS = ["roll80", "roll58", "a4"] as const;
export type Paper = (typeof PAPERS)[number];

type M = Messages["terminalSettle"];
type R = M["receipt"];

/** Paper width and the printable width inside it, in millimetres (a roll prints edge to edge less a small margin). */
const PAPER_MM: Record<Paper, { page: string; width: number; margin: number }> = {
  roll80: { page: "80mm", width: 72, margin: 4 },
  roll58: { page: "58mm", width: 50, margin: 4 },
  a4: { page: "A4", width: 180, margin: 15 },
};
const MM_PER_CSS_PX = 25.4 / 96;

/**
 * The receipt's print rules. Only the receipt prints: every element that neither holds it nor is
 * inside it is hidden, and its holders lose their own boxes. A roll's page is exactly as long as
 * the receipt (measured as it is laid out — the screen shows it at the paper's width), so a
 * receipt printer cuts right after it; A4 is a sheet with margins.
 */
function printRules(paper: Paper, heightMm: number): string {
  const { page, width, margin } = PAPER_MM[paper];
  const size = paper === "a4" ? "A4" : `${page} ${Math.ceil(heightMm + 2 * margin + 2)}mm`;
  return `
@page { size: ${size}; margin: ${margin}mm; }
@media print {
  body:has(.print-receipt) *:not(:has(.print-receipt)):not(.print-receipt):not(.print-receipt *) { display: none !important; }
  body:has(.print-receipt) :has(.print-receipt) { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; background: none !important; max-width: none !important; width: auto !important; display: block !important; gap: 0 !important; min-height: 0 !important; }
  body:has(.print-receipt) { background: white !important; margin: 0 !important; }
  .print-receipt { width: ${width}mm !important; margin: 0 !important; border: 0 !important; box-shadow: none !important; padding: 0 !important; }
}`;
}

function yuan(value: number): string {
  return formatFen(Math.round(value * 100));
}

function insuranceWords(person: TerminalSettlementDto["person"], t: Messages["terminal"]): string {
  if (person.insurance === null) return t.insuranceType.none;
  if (person.insurance === "resident") return t.insuranceType.resident;
  return person.employeeStatus === "retired" ? t.insuranceType.employee_retired : t.insuranceType.employee_active;
}

/** A row of the receipt's money: its plain name and amount (never a field code). */
function Money({ label, value, strong, indent, field }: { label: string; value: number; strong?: boolean; indent?: boolean; field: string }) {
  return (
    <div className={`flex justify-between gap-2 ${strong ? "font-bold" : ""} ${indent ? "pl-3" : ""}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums" data-field={field}>{yuan(value)}</dd>
    </div>
  );
}

/**
 * The settlement receipt a pharmacy hands over, on screen as it will print (at the paper's width):
 * where and when, who (masked) under which insurance, every line with quantity × unit price, each
 * amount under its plain name, the settlement number with its QR code, and 已冲正 once reversed.
 */
export function ReceiptPaper({ settlement: s, paper, m, mTerminal, locale }: { settlement: TerminalSettlementDto; paper: Paper; m: M; mTerminal: Messages["terminal"]; locale: Locale }) {
  const r: R = m.receipt;
  const a = s.amounts;
  const article = useRef<HTMLElement>(null);
  const [heightMm, setHeightMm] = useState(120);
  // The print rules are an inline style element: the CSP admits it only with the page's nonce.
  const [nonce, setNonce] = useState<string | null>(null);
  useEffect(() => setNonce(pageNonce()), []);
  useEffect(() => {
    const element = article.current;
    if (!element) return;
    const measure = () => setHeightMm(element.getBoundingClientRect().height * MM_PER_CSS_PX);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [paper]);

  const number = s.id.toUpperCase();
  const narrow = paper === "roll58";
  const visit = s.visit.disease ? format(r.visitWithDisease, { kind: m.kinds[s.visit.kind], disease: localize(locale, s.visit.disease.zh, s.visit.disease.en) }) : m.kinds[s.visit.kind];
  // Names kept only as written (the till's, the person's masked name) are Chinese on an English page.
  const asWritten = localize<string | undefined>(locale, undefined, "zh-CN");
  const facts: Array<[string, string, string?, string?]> = [
    [r.facility, localize(locale, s.facility.name, s.facility.nameEn)],
    ...(s.terminal ? [[r.terminal, s.terminal.name, undefined, asWritten] as [string, string, undefined, string?]] : []),
    [r.settledAt, formatInstant(s.createdAt, locale)],
    [r.serviceDate, formatDay(s.serviceDate, locale)],
    [r.visitKind, visit],
    [r.person, s.maskedName, "person", asWritten],
    [r.insurance, insuranceWords(s.person, mTerminal)],
    [r.region, s.person.region ? localize(locale, s.person.region.name, s.person.region.nameEn) : "—"],
  ];

  return (
    <article
      ref={article}
      className="print-receipt mx-auto space-y-3 border border-slate-300 bg-white p-[4mm] text-black shadow-sm"
      style={{ width: paper === "a4" ? "100%" : `${PAPER_MM[paper].width + 8}mm`, maxWidth: paper === "a4" ? "180mm" : undefined, fontSize: narrow ? "11px" : paper === "roll80" ? "12.5px" : "14px", lineHeight: 1.45 }}
      data-paper={paper}
      data-testid="receipt-paper"
      aria-labelledby="receipt-title"
    >
      {nonce === null ? null : <style nonce={nonce}>{printRules(paper, heightMm)}</style>}
      <header className="text-center">
        <h2 id="receipt-title" className="text-[1.35em] font-bold">{m.receiptTitle}</h2>
        <p className="text-[0.9em]">{m.receiptSubtitle}</p>
      </header>
      {s.status === "reversed" ? (
        <p className="border-2 border-black py-1 text-center text-[1.3em] font-bold tracking-widest" data-testid="receipt-reversed">{r.reversed}</p>
      ) : null}
      <dl className="space-y-0.5">
        {facts.map(([label, value, key, lang]) => (
          <div key={label} className="flex justify-between gap-2">
            <dt className="shrink-0">{label}</dt>
            <dd className="text-right" data-fact={key} lang={lang}>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-label={r.items} className="border-y border-dashed border-black py-2">
        <table className="w-full border-collapse">
          <caption className="pb-1 text-left font-bold">{r.items}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="font-normal">{r.item}</th>
              {narrow ? null : <th scope="col" className="font-normal">{r.class}</th>}
              <th scope="col" className="text-right font-normal">{r.quantity}</th>
              <th scope="col" className="text-right font-normal">{r.unitPrice}</th>
              <th scope="col" className="text-right font-normal">{r.amount}</th>
            </tr>
          </thead>
          <tbody>
            {s.lines.map((line) => (
              <tr key={line.lineNo} className="align-top" data-testid="receipt-line">
                <td className="pr-1">
                  <TypedText text={line.name ?? line.code ?? `#${line.lineNo}`} />
                  {narrow ? <span> · {m.classes[line.class]}</span> : null}
                </td>
                {narrow ? null : <td className="pr-1">{m.classes[line.class]}</td>}
                <td className="text-right tabular-nums">{line.quantity}</td>
                <td className="text-right tabular-nums">{line.unitPrice === null ? r.unitPriceUnknown : line.unitPrice.toFixed(2)}</td>
                <td className="text-right tabular-nums">{line.amount.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <dl className="space-y-0.5">
        <Money label={r.total} value={a.medfee_sumamt} strong field="medfee_sumamt" />
        <Money label={r.funds} value={a.fund_pay_sumamt} strong field="fund_pay_sumamt" />
        <Money label={r.fund} value={a.hifp_pay} indent field="hifp_pay" />
        <Money label={r.criticalIllness} value={a.hifmi_pay} indent field="hifmi_pay" />
        {a.hifob_pay > 0 ? <Money label={r.largeAmount} value={a.hifob_pay} indent field="hifob_pay" /> : null}
        <Money label={r.assistance} value={a.maf_pay} indent field="maf_pay" />
        <Money label={r.personal} value={a.psn_part_amt} strong field="psn_part_amt" />
        <Money label={r.account} value={a.acct_pay} indent field="acct_pay" />
        <Money label={r.familyAccount} value={a.acct_mulaid_pay} indent field="acct_mulaid_pay" />
        <Money label={r.cash} value={a.psn_cash_pay} indent field="psn_cash_pay" />
        {a.fulamt_ownpay_amt > 0 ? <Money label={r.fullySelfPaid} value={a.fulamt_ownpay_amt} indent field="fulamt_ownpay_amt" /> : null}
        {a.overlmt_selfpay > 0 ? <Money label={r.aboveCeiling} value={a.overlmt_selfpay} indent field="overlmt_selfpay" /> : null}
        {a.preselfpay_amt > 0 ? <Money label={r.classBFirst} value={a.preselfpay_amt} indent field="preselfpay_amt" /> : null}
        {a.act_pay_dedc > 0 ? <Money label={r.deductible} value={a.act_pay_dedc} indent field="act_pay_dedc" /> : null}
        {a.acct_pay > 0 || a.balc > 0 ? <Money label={r.balance} value={a.balc} field="balc" /> : null}
      </dl>

      <footer className="space-y-2 border-t border-dashed border-black pt-2 text-center">
        <p>
          {r.number}
          <br />
          <span className="font-mono text-[0.95em] break-all" data-testid="receipt-number" translate="no">{number}</span>
        </p>
        <QrSymbol text={number} label={r.qr} className="mx-auto h-auto w-[30mm]" />
        {s.reversal ? (
          <p className="text-left">
            {format(r.reversedAt, { time: formatInstant(s.reversal.reversedAt, locale) })}
            <br />
            {format(r.reversalReason, { reason: s.reversal.reason })}
          </p>
        ) : null}
        <p>{r.keep}</p>
      </footer>
    </article>
  );
}

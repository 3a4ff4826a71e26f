"use client";
import { localize } from "@/lib/i18n";
import { useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/context/client";
import { EstimateCatalogueSearch } from "@/components/estimate-catalogue-search";
import type { CatalogueItemDto } from "@/lib/catalogue/client";
import type { Messages } from "@/lib/i18n";
import { format, type Locale } from "@/lib/i18n";
import { formatYuan, parseYuan } from "@/lib/reimbursement";
import type { TerminalSettlementDto } from "@/lib/terminal/client";
import { FamilyAccountChoice } from "@/components/family-account-choice";
import type { CounterFamilyAccount } from "@/lib/terminal/client";
import { SettlementReceipt } from "./settlement-receipt";

type SettleAction = (body: unknown, idempotencyKey: string) => Promise<ActionResult<TerminalSettlementDto>>;
type ReverseAction = (id: string, reason: string) => Promise<ActionResult<TerminalSettlementDto>>;
type Kind = "pharmacy" | "general_outpatient" | "chronic_outpatient" | "inpatient";

interface Line {
  key: number;
  code?: string;
  name: string;
  class: "A" | "B" | "C";
  quantity: number;
  amount: string;
}

const field = "block w-full rounded-lg border border-slate-400 bg-white px-3 py-2";

/**
 * Bill entry at the counter after a verified scan, then the receipt. One Idempotency-Key per
 * bill, made when the bill is first sent: a double tap or a retry after a network error
 * settles once.
 */
export function SettlementPanel({ token, diseases, familyAccounts = [], mFamily, m, mEstimate, locale, settleAction, reverseAction, onDone }: {
  token: string;
  diseases: string[];
  /** 家庭共济: relatives' accounts the scan offered (each by its reference). */
  familyAccounts?: CounterFamilyAccount[];
  mFamily: Messages["family"];
  m: Messages["terminalSettle"];
  mEstimate: Messages["estimate"]["form"];
  locale: Locale;
  settleAction: SettleAction;
  reverseAction: ReverseAction;
  onDone: () => void;
}) {
  const [lines, setLines] = useState<Line[]>([]);
  const [kind, setKind] = useState<Kind>("pharmacy");
  const [disease, setDisease] = useState(diseases[0] ?? "");
  const [useAccount, setUseAccount] = useState(true);
  const [familyAccount, setFamilyAccount] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<TerminalSettlementDto | null>(null);
  const [pending, startTransition] = useTransition();
  const idempotencyKey = useRef<string | null>(null);
  const nextKey = useRef(1);
  const searchId = useId();

  if (receipt) return <SettlementReceipt initial={receipt} m={m} locale={locale} reverseAction={reverseAction} onNext={onDone} />;

  const add = (line: Omit<Line, "key">) => setLines((all) => [...all, { ...line, key: nextKey.current++ }]);
  const update = (key: number, patch: Partial<Line>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const fromCatalogue = (item: CatalogueItemDto) =>
    add({ code: item.code, name: localize(locale, item.name, item.nameEn), class: item.class, quantity: 1, amount: formatYuan(item.typicalPriceFen) });

  const amounts = lines.map((l) => parseYuan(l.amount.trim()));
  const totalFen = amounts.reduce((sum, a) => sum + (a.ok ? a.value : 0), 0);

  function problem(): string | null {
    for (const [i, line] of lines.entries()) {
      if (!amounts[i]?.ok) return format(m.amountInvalid, { n: i + 1 });
      if (!line.code && line.name.trim() === "") return format(m.lineNameRequired, { n: i + 1 });
    }
    return null;
  }

  const settle = () => {
    const found = problem();
    if (found) return setError(found);
    idempotencyKey.current ??= crypto.randomUUID();
    const body = {
      settlementToken: token,
      visit: kind === "chronic_outpatient" ? { kind, disease } : { kind },
      lines: lines.map((l) => ({ code: l.code, name: l.name.trim() || undefined, class: l.code ? undefined : l.class, quantity: l.quantity, amount: l.amount.trim() })),
      useAccount,
      ...(useAccount && familyAccount !== null ? { familyAccount } : {}),
    };
    startTransition(async () => {
      const result = await settleAction(body, idempotencyKey.current!);
      // Updates after an await leave the transition unless wrapped again: wrapped, the outcome
      // commits together with the end of `pending`, so the button is back the moment the error
      // shows and a retry (same key) is possible at once.
      startTransition(() => {
        if (result.ok) setReceipt(result.data);
        else setError(result.formError ?? m.genericError);
      });
    });
  };

  return (
    <section aria-labelledby="settle-title" className="space-y-4 rounded-2xl bg-white p-5 shadow-sm">
      <h2 id="settle-title" className="text-xl font-bold">{m.title}</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="visit-kind" className="font-medium">{m.visitKind}</label>
          <select id="visit-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} className={field}>
            {(Object.keys(m.kinds) as Kind[]).filter((k) => k !== "chronic_outpatient" || diseases.length > 0).map((k) => <option key={k} value={k}>{m.kinds[k]}</option>)}
          </select>
        </div>
        {kind === "chronic_outpatient" ? (
          <div>
            <label htmlFor="visit-disease" className="font-medium">{m.disease}</label>
            <select id="visit-disease" value={disease} onChange={(e) => setDisease(e.target.value)} className={field}>
              {diseases.map((d) => <option key={d} value={d}>{d}</option>)}
            </select>
          </div>
        ) : null}
      </div>

      <div>
        <label htmlFor={searchId} className="font-medium">{m.searchLabel}</label>
        <EstimateCatalogueSearch id={searchId} m={mEstimate} locale={locale} onChoose={fromCatalogue} invalid={false} />
      </div>

      <fieldset className="space-y-3">
        <legend className="font-medium">{m.lines}</legend>
        {lines.length === 0 ? <p className="text-muted">{m.noLines}</p> : null}
        {lines.map((line, i) => (
          <div key={line.key} className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto]" data-testid="bill-line">
            <label className="col-span-2 sm:col-span-1">
              <span className="text-sm">{m.lineName}</span>
              <input value={line.name} onChange={(e) => update(line.key, { name: e.target.value })} readOnly={Boolean(line.code)} className={field} />
            </label>
            <label>
              <span className="text-sm">{m.lineClass}</span>
              <select value={line.class} disabled={Boolean(line.code)} onChange={(e) => update(line.key, { class: e.target.value as Line["class"] })} className={field}>
                {(["A", "B", "C"] as const).map((c) => <option key={c} value={c}>{m.classes[c]}</option>)}
              </select>
            </label>
            <label>
              <span className="text-sm">{m.lineQuantity}</span>
              <input type="number" min={1} value={line.quantity} onChange={(e) => update(line.key, { quantity: Math.max(1, Math.trunc(Number(e.target.value) || 1)) })} className={field} />
            </label>
            <label>
              <span className="text-sm">{m.lineAmount}</span>
              <input inputMode="decimal" value={line.amount} onChange={(e) => update(line.key, { amount: e.target.value })} aria-invalid={!amounts[i]?.ok || undefined} className={field} />
            </label>
            <button type="button" onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))} aria-label={format(m.removeLine, { n: i + 1 })} className="min-h-11 self-end rounded-lg border border-slate-300 px-3">×</button>
          </div>
        ))}
        <button type="button" onClick={() => add({ name: "", class: "A", quantity: 1, amount: "" })} className="min-h-11 rounded-lg border border-slate-400 px-4">{m.addLine}</button>
      </fieldset>

      <label className="flex items-center gap-2">
        <input type="checkbox" checked={useAccount} onChange={(e) => setUseAccount(e.target.checked)} className="h-5 w-5" />
        {m.useAccount}
      </label>
      {useAccount ? <FamilyAccountChoice accounts={familyAccounts} value={familyAccount} onChange={setFamilyAccount} m={m.familyAccount} family={mFamily} /> : null}
      <p className="text-lg font-semibold" aria-live="polite">{format(m.total, { amount: formatYuan(totalFen) })}</p>
      <p role="alert" className="text-red-800">{error}</p>
      {/* The button keeps its name while busy: a clerk (or a screen reader) finds it by its name. */}
      <button type="button" onClick={settle} disabled={pending || lines.length === 0} aria-busy={pending} className="min-h-12 w-full rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white disabled:opacity-60">
        {m.settle}
      </button>
      <p role="status" className="text-center text-muted">{pending ? m.settling : ""}</p>
    </section>
  );
}

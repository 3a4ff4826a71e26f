"use client";
import { useEffect, useId, useRef, useState } from "react";
import { EstimateCatalogueSearch } from "@/components/estimate-catalogue-search";
import type { CatalogueItemDto } from "@/lib/catalogue/client";
import { format, localize, type Locale, type Messages } from "@/lib/i18n/client";
import { formatYuan, issueMessage } from "@/lib/reimbursement/client";
import { serviceDateWindow, type CounterFamilyAccount } from "@/lib/terminal/client";
import { FamilyAccountChoice } from "@/components/family-account-choice";
import { type BillLineDraft, type DraftField, type DraftProblem, type SettlementBody, type VisitKind, readDraft } from "./bill-draft";
import { BillLineRow } from "./bill-line-row";
import { type SettleAction, type SettleAnswer, useBillSender } from "./use-bill-sender";

type M = Messages["terminalSettle"];

/** An approved chronic disease, with its name from the person's regional policy. */
export interface ApprovedDisease {
  id: string;
  label: { zh: string; en: string };
}

const field = "block w-full rounded-lg border border-slate-400 bg-white px-3 py-2";

/**
 * Bill entry at the counter after a verified scan. The bill is sent with one Idempotency-Key
 * (use-bill-sender): a double tap, a lost answer or a network cut settles once, and while the
 * server cannot be reached the bill stays on screen, locked, and is sent again by itself.
 */
export function SettlementPanel({ token, maskedName, diseases, backdateDays, initialLines, familyAccounts = [], mFamily, m, mEstimate, locale, settleAction, onSettled, onTokenExpired }: {
  token: string;
  /** The verified person, as the kept bill names them should the page be reloaded. */
  maskedName: string;
  diseases: ApprovedDisease[];
  /** Late settlement allowed by the deployment (days; 0: today only): a date field only when it is more than today. */
  backdateDays: number;
  /** Lines kept from a bill whose scan ran out (token expired): brought into this one. */
  initialLines?: BillLineDraft[];
  /** 家庭共济: relatives' accounts the scan offered (each by its reference). */
  familyAccounts?: CounterFamilyAccount[];
  mFamily: Messages["family"];
  m: M;
  mEstimate: Messages["estimate"]["form"];
  locale: Locale;
  settleAction: SettleAction;
  onSettled: (answer: SettleAnswer) => void;
  onTokenExpired: (lines: BillLineDraft[]) => void;
}) {
  // The days this counter may settle (its rules load with the bill, not with the scanner).
  const dates = serviceDateWindow(new Date(), backdateDays);
  const [lines, setLines] = useState<BillLineDraft[]>(initialLines ?? []);
  const [kind, setKind] = useState<VisitKind>("pharmacy");
  const [disease, setDisease] = useState(diseases[0]?.id ?? "");
  const [serviceDate, setServiceDate] = useState(dates.today);
  const [useAccount, setUseAccount] = useState(true);
  const [familyAccount, setFamilyAccount] = useState<string | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const nextKey = useRef(Math.max(0, ...lines.map((l) => l.key)) + 1);
  const searchId = useId();
  const { state, send, retryNow, busy } = useBillSender(settleAction, onSettled);

  const draft = readDraft(lines);
  const problemsOf = (index: number): Partial<Record<DraftField, string>> => {
    if (!showProblems) return {};
    const words: Partial<Record<DraftField, string>> = {};
    for (const p of draft.problems) if (p.line === index + 1) words[p.field] ??= problemWords(p);
    return words;
  };
  function problemWords(p: DraftProblem): string {
    return p.code === "name_required" ? m.nameRequired : issueMessage(p.code, locale);
  }

  const add = (line: Omit<BillLineDraft, "key">) => setLines((all) => [...all, { ...line, key: nextKey.current++ }]);
  const update = (key: number, patch: Partial<BillLineDraft>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const fromCatalogue = (item: CatalogueItemDto) =>
    add({
      code: item.code,
      name: localize(locale, item.name, item.nameEn),
      class: item.class,
      quantity: "1",
      unitPrice: formatYuan(item.typicalPriceFen),
      ...(item.priceCeilingFen !== null ? { ceiling: { fen: item.priceCeilingFen, unit: item.unit, unitEn: item.unitEn } } : {}),
    });

  const refusal = state.phase === "refused" ? state : null;
  const expired = refusal?.code === "settlement_token_expired";
  const latestLines = useRef(lines);
  latestLines.current = lines;
  // The scan ran out before the bill was settled: keep the bill for the next scan of the code.
  useEffect(() => {
    if (expired) onTokenExpired(latestLines.current);
  }, [expired, onTokenExpired]);

  const settle = () => {
    setShowProblems(true);
    if (draft.problems.length > 0 || lines.length === 0) return;
    const body: SettlementBody = {
      settlementToken: token,
      visit: kind === "chronic_outpatient" ? { kind, disease } : { kind },
      lines: draft.lines,
      useAccount,
      ...(useAccount && familyAccount !== null ? { familyAccount } : {}),
      ...(serviceDate !== dates.today ? { serviceDate } : {}),
    };
    send(body, { maskedName, totalFen: draft.totalFen, lineCount: draft.lines.length });
  };

  const summary = showProblems ? draft.problems.map((p) => format(m.lineProblem, { n: p.line, field: m.fieldNames[p.field], problem: problemWords(p) })) : [];
  const backdating = dates.earliest < dates.today;

  return (
    <section aria-labelledby="settle-title" className="space-y-4 rounded-2xl bg-white p-5 shadow-sm">
      <h2 id="settle-title" className="text-xl font-bold">{m.title}</h2>
      <fieldset disabled={busy} className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="visit-kind" className="font-medium">{m.visitKind}</label>
            <select id="visit-kind" value={kind} onChange={(e) => setKind(e.target.value as VisitKind)} className={field}>
              {(Object.keys(m.kinds) as VisitKind[]).filter((k) => k !== "chronic_outpatient" || diseases.length > 0).map((k) => <option key={k} value={k}>{m.kinds[k]}</option>)}
            </select>
          </div>
          {kind === "chronic_outpatient" ? (
            <div>
              <label htmlFor="visit-disease" className="font-medium">{m.disease}</label>
              <select id="visit-disease" value={disease} onChange={(e) => setDisease(e.target.value)} className={field}>
                {diseases.map((d) => <option key={d.id} value={d.id}>{localize(locale, d.label.zh, d.label.en)}</option>)}
              </select>
            </div>
          ) : null}
          {backdating ? (
            <div>
              <label htmlFor="service-date" className="font-medium">{m.serviceDate}</label>
              <input id="service-date" type="date" min={dates.earliest} max={dates.today} value={serviceDate} onChange={(e) => setServiceDate(e.target.value || dates.today)} aria-describedby="service-date-hint" className={field} />
              <p id="service-date-hint" className="mt-1 text-sm text-muted">{format(m.serviceDateHint, { earliest: dates.earliest })}</p>
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
            <BillLineRow
              key={line.key}
              line={line}
              index={i}
              amountFen={draft.amounts[i] ?? null}
              problems={problemsOf(i)}
              m={m}
              locale={locale}
              onChange={(patch) => update(line.key, patch)}
              onRemove={() => setLines((all) => all.filter((l) => l.key !== line.key))}
            />
          ))}
          <button type="button" onClick={() => add({ name: "", class: "A", quantity: "1", unitPrice: "" })} className="min-h-11 rounded-lg border border-slate-400 px-4 hover:bg-slate-100">{m.addLine}</button>
        </fieldset>

        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" checked={useAccount} onChange={(e) => setUseAccount(e.target.checked)} className="h-5 w-5" />
          {m.useAccount}
        </label>
        {useAccount ? <FamilyAccountChoice accounts={familyAccounts} value={familyAccount} onChange={setFamilyAccount} m={m.familyAccount} family={mFamily} /> : null}
      </fieldset>

      <p className="text-lg font-semibold tabular-nums" aria-live="polite" data-testid="bill-total">{format(m.total, { amount: formatYuan(draft.totalFen) })}</p>
      <div role="alert" className="space-y-1 text-red-800">
        {summary.length > 0 ? (
          <>
            <p className="font-semibold">{m.problemsTitle}</p>
            <ul className="list-disc pl-5">{summary.map((text) => <li key={text}>{text}</li>)}</ul>
          </>
        ) : null}
        {refusal ? <p className="font-semibold" data-testid="settle-error" data-code={refusal.code}>{refusal.code === "settlement_token_expired" ? m.tokenExpired : (refusal.message ?? m.genericError)}</p> : null}
      </div>
      <div role="status" aria-live="polite">
        {state.phase === "waiting" ? (
          <div className="space-y-2 rounded-xl border-2 border-amber-600 bg-amber-50 p-4 text-amber-950" data-testid="bill-kept">
            <p className="font-semibold">{m.offline}</p>
            <p className="text-sm">{format(m.offlineAttempts, { count: state.attempts })}</p>
          </div>
        ) : null}
        {state.phase === "sending" && state.attempts > 1 ? <p className="text-muted">{m.offlineRetrying}</p> : null}
      </div>
      {state.phase === "waiting" ? (
        <button type="button" onClick={retryNow} className="min-h-12 w-full rounded-lg border-2 border-brand-700 px-4 text-lg font-semibold text-brand-700 hover:bg-brand-50">
          {m.retryNow}
        </button>
      ) : (
        // The button keeps its name while busy: a clerk (or a screen reader) finds it by its name.
        <button type="button" onClick={settle} disabled={busy || lines.length === 0} aria-busy={busy} className="min-h-12 w-full rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {m.settle}
        </button>
      )}
      <p role="status" className="text-center text-muted">{state.phase === "sending" && state.attempts === 1 ? m.settling : ""}</p>
    </section>
  );
}

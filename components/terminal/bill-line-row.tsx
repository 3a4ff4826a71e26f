"use client";
import { format, localize, type Locale, type Messages } from "@/lib/i18n/client";
import { formatYuan, type Fen } from "@/lib/reimbursement/client";
import type { BillLineDraft, DraftField, ItemClass } from "./bill-draft";

type M = Messages["terminalSettle"];

const field = "block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700 disabled:bg-slate-100";

/**
 * One bill line at the counter: the item (from the catalogue, or typed with its class), quantity
 * and unit price, and their product — the line's amount — beside them. A field's problem is
 * shown under it once the clerk has tried to settle.
 */
export function BillLineRow({ line, index, amountFen, problems, m, locale, onChange, onRemove }: {
  line: BillLineDraft;
  index: number;
  amountFen: Fen | null;
  /** The words of each field's problem, when shown. */
  problems: Partial<Record<DraftField, string>>;
  m: M;
  locale: Locale;
  onChange: (patch: Partial<BillLineDraft>) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const id = (part: string) => `line-${line.key}-${part}`;
  const described = (part: DraftField, extra?: string) => [problems[part] ? id(`${part}-error`) : "", extra ?? ""].filter(Boolean).join(" ") || undefined;
  const error = (part: DraftField) =>
    problems[part] ? <p id={id(`${part}-error`)} className="mt-1 text-sm font-medium text-red-800">{problems[part]}</p> : null;
  /** Quantity and unit price: typed as people type them, read by the shared bill-line reader. */
  const typedField = (part: "quantity" | "unitPrice", label: string, inputMode: "numeric" | "decimal") => (
    <div>
      <label htmlFor={id(part)} className="text-sm">{label}</label>
      <input
        id={id(part)}
        inputMode={inputMode}
        autoComplete="off"
        value={line[part]}
        onChange={(e) => onChange({ [part]: e.target.value })}
        aria-invalid={problems[part] ? true : undefined}
        aria-describedby={described(part)}
        className={`${field} tabular-nums`}
      />
      {error(part)}
    </div>
  );
  const ceiling = line.ceiling ? format(m.ceiling, { price: formatYuan(line.ceiling.fen), unit: localize(locale, line.ceiling.unit, line.ceiling.unitEn) }) : null;

  return (
    <div className="grid grid-cols-2 items-start gap-2 rounded-lg border border-slate-200 p-3 md:grid-cols-[minmax(0,2.2fr)_minmax(0,1.1fr)_minmax(0,0.8fr)_minmax(0,1fr)_minmax(0,0.9fr)_auto]" data-testid="bill-line">
      <div className="col-span-2 md:col-span-1">
        <label htmlFor={id("name")} className="text-sm">{m.lineName}</label>
        <input
          id={id("name")}
          value={line.name}
          onChange={(e) => onChange({ name: e.target.value })}
          readOnly={Boolean(line.code)}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={described("name", ceiling ? id("ceiling") : undefined)}
          className={field}
        />
        {ceiling ? <p id={id("ceiling")} className="mt-1 text-xs text-muted">{ceiling}</p> : null}
        {error("name")}
      </div>
      <div>
        <label htmlFor={id("class")} className="text-sm">{m.lineClass}</label>
        <select id={id("class")} value={line.class} disabled={Boolean(line.code)} onChange={(e) => onChange({ class: e.target.value as ItemClass })} className={field}>
          {(["A", "B", "C"] as const).map((c) => <option key={c} value={c}>{m.classes[c]}</option>)}
        </select>
      </div>
      {typedField("quantity", m.lineQuantity, "numeric")}
      {typedField("unitPrice", m.lineUnitPrice, "decimal")}
      <div>
        <span className="text-sm" id={id("amount-label")}>{m.lineAmount}</span>
        <output aria-labelledby={id("amount-label")} className="block py-2 text-right font-semibold tabular-nums" data-testid="line-amount">
          {amountFen === null ? m.lineAmountPending : format(m.lineAmountValue, { amount: formatYuan(amountFen) })}
        </output>
      </div>
      <button type="button" onClick={onRemove} aria-label={format(m.removeLine, { n })} className="min-h-11 self-end rounded-lg border border-slate-300 px-3 hover:bg-slate-100">
        ×
      </button>
    </div>
  );
}

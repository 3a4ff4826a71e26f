"use client";
import { localize } from "@/lib/i18n/client";
import type { CatalogueItemDto } from "@/lib/catalogue/client";
import { lineAmountFen } from "@/lib/estimate/client";
import type { Messages } from "@/lib/i18n/client";
import { format, type Locale } from "@/lib/i18n/client";
import { formatYuan } from "@/lib/reimbursement/client";
import { EstimateCatalogueSearch } from "./estimate-catalogue-search";
import { EstimateField, FieldError, describedBy, inputClass } from "./estimate-field";

export interface LineValues {
  key: number;
  mode: "catalogue" | "free";
  code: string;
  name: string;
  class: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  /** Shown only: the chosen catalogue item's facts. */
  item: CatalogueItemDto | null;
}

/** The class-B share in words: the item's own share, or the region's. */
function classBNote(item: CatalogueItemDto, m: Messages["estimate"]["form"]): string | null {
  if (item.class !== "B") return null;
  if (item.classBShareBp === null) return m.classBShareRegional;
  const whole = Math.floor(item.classBShareBp / 100);
  const rest = item.classBShareBp % 100;
  return format(m.classBShare, { share: `${whole}${rest === 0 ? "" : `.${String(rest).padStart(2, "0").replace(/0$/, "")}`}%` });
}

/** One bill line: from the catalogue (quantity × unit price) or typed in (name, class, amount). */
export function EstimateLine({ index, line, count, m, locale, errors, onChange, onRemove }: {
  index: number;
  line: LineValues;
  count: number;
  m: Messages["estimate"]["form"];
  locale: Locale;
  errors: Record<string, string | undefined>;
  onChange: (patch: Partial<LineValues>) => void;
  onRemove: () => void;
}) {
  const base = `lines.${index}`;
  const id = (part: string) => `line-${line.key}-${part}`;
  const err = (part: string) => errors[`${base}.${part}`];
  const n = index + 1;
  const fen = line.mode === "catalogue" ? lineAmountFen(line.quantity || undefined, line.unitPrice || undefined) : undefined;
  const note = line.item ? classBNote(line.item, m) : null;
  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-3" data-testid="estimate-line">
      <legend className="px-1 font-semibold">{format(m.line, { n })}</legend>
      <div role="radiogroup" aria-label={m.lineMode} className="flex flex-wrap gap-4">
        {(["catalogue", "free"] as const).map((mode) => (
          <label key={mode} className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name={`${base}.mode`} value={mode} checked={line.mode === mode} onChange={() => onChange({ mode })} className="h-5 w-5" />
            {m.lineModes[mode]}
          </label>
        ))}
      </div>
      {line.mode === "catalogue" ? (
        <>
          <div className="space-y-1">
            <label htmlFor={id("search")} className="block font-medium">{m.search}</label>
            <p id={`${id("search")}-hint`} className="text-sm text-muted">{m.searchHint}</p>
            <EstimateCatalogueSearch
              id={id("search")}
              m={m}
              locale={locale}
              invalid={Boolean(err("code"))}
              describedBy={[`${id("search")}-hint`, err("code") ? `${id("code")}-error` : ""].filter(Boolean).join(" ")}
              onChoose={(item) => onChange({ item, code: item.code, name: item.name, unitPrice: formatYuan(item.typicalPriceFen), quantity: line.quantity || "1" })}
            />
            <input type="hidden" name={`${base}.code`} value={line.code} />
            <input type="hidden" name={`${base}.name`} value={line.name} />
            <FieldError id={id("code")} error={err("code")} locale={locale} />
          </div>
          {line.item ? (
            <p className="rounded bg-brand-50 p-2 text-sm" data-testid="estimate-line-item">
              <span className="font-medium">{format(m.chosenItem, { name: localize(locale, line.item.name, line.item.nameEn) })}</span>
              {" · "}{m.classes[line.item.class]}{note ? ` · ${note}` : ""}
              {line.item.priceCeilingFen !== null ? ` · ${format(m.ceiling, { price: formatYuan(line.item.priceCeilingFen), unit: localize(locale, line.item.unit, line.item.unitEn) })}` : ""}
            </p>
          ) : null}
          <div className="grid grid-cols-2 gap-3">
            <EstimateField id={id("quantity")} label={m.quantity} error={err("quantity")} locale={locale}>
              <input id={id("quantity")} name={`${base}.quantity`} inputMode="numeric" className={inputClass} value={line.quantity} onChange={(e) => onChange({ quantity: e.target.value })} aria-invalid={Boolean(err("quantity"))} aria-describedby={describedBy(id("quantity"), false, err("quantity"))} />
            </EstimateField>
            <EstimateField id={id("unitPrice")} label={m.unitPrice} error={err("unitPrice")} locale={locale}>
              <input id={id("unitPrice")} name={`${base}.unitPrice`} inputMode="decimal" className={inputClass} value={line.unitPrice} onChange={(e) => onChange({ unitPrice: e.target.value })} aria-invalid={Boolean(err("unitPrice"))} aria-describedby={describedBy(id("unitPrice"), false, err("unitPrice"))} />
            </EstimateField>
          </div>
          {fen !== undefined ? <p className="tabular-nums" aria-live="polite">{format(m.lineTotal, { amount: formatYuan(fen) })}</p> : null}
        </>
      ) : (
        <>
          <EstimateField id={id("name")} label={m.name} error={err("name")} locale={locale}>
            <input id={id("name")} name={`${base}.name`} className={inputClass} value={line.name} onChange={(e) => onChange({ name: e.target.value })} aria-invalid={Boolean(err("name"))} aria-describedby={describedBy(id("name"), false, err("name"))} />
          </EstimateField>
          <div className="grid grid-cols-2 gap-3">
            <EstimateField id={id("class")} label={m.class} error={err("class")} locale={locale}>
              <select id={id("class")} name={`${base}.class`} className={inputClass} value={line.class} onChange={(e) => onChange({ class: e.target.value })} aria-invalid={Boolean(err("class"))} aria-describedby={describedBy(id("class"), false, err("class"))}>
                <option value="">—</option>
                {(["A", "B", "C"] as const).map((c) => <option key={c} value={c}>{m.classes[c]}</option>)}
              </select>
            </EstimateField>
            <EstimateField id={id("amount")} label={m.amount} error={err("amount")} locale={locale}>
              <input id={id("amount")} name={`${base}.amount`} inputMode="decimal" className={inputClass} value={line.amount} onChange={(e) => onChange({ amount: e.target.value })} aria-invalid={Boolean(err("amount"))} aria-describedby={describedBy(id("amount"), false, err("amount"))} />
            </EstimateField>
          </div>
        </>
      )}
      {count > 1 ? (
        <button type="button" onClick={onRemove} className="min-h-11 rounded border border-slate-400 px-3 no-print">
          {format(m.removeLine, { n })}
        </button>
      ) : null}
    </fieldset>
  );
}

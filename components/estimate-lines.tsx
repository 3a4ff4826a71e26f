"use client";
import { useRef, useState } from "react";
import type { FormValues as EstimateFormValues } from "@/lib/context/client";
import type { Messages } from "@/lib/i18n/client";
import { format, type Locale } from "@/lib/i18n/client";
import { FieldError } from "./estimate-field";
import { EstimateLine, type LineValues } from "./estimate-line";

let nextKey = 1;
export function blankLine(): LineValues {
  return { key: nextKey++, mode: "free", code: "", name: "", class: "", quantity: "1", unitPrice: "", amount: "", item: null };
}

/** The lines as posted last time (so a page rendered without JavaScript shows them again). */
export function linesFromValues(values: EstimateFormValues): LineValues[] {
  const lines: LineValues[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = /^lines\.(\d{1,3})\.(mode|code|name|class|quantity|unitPrice|amount)$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const line = (lines[index] ??= blankLine());
    const field = match[2] as "mode" | "code" | "name" | "class" | "quantity" | "unitPrice" | "amount";
    if (field === "mode") line.mode = value === "catalogue" ? "catalogue" : "free";
    else line[field] = value;
  }
  const shown = lines.filter((line) => line !== undefined);
  return shown.length > 0 ? shown : [blankLine()];
}

/** The bill's lines with adding and removing; focus and an announcement follow each change. */
export function EstimateLines({ initial, m, locale, errors }: { initial: LineValues[]; m: Messages["estimate"]["form"]; locale: Locale; errors: Record<string, string | undefined> }) {
  const [lines, setLines] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function add() {
    setLines((current) => [...current, blankLine()]);
    setAnnouncement(format(m.lineAdded, { n: lines.length + 1 }));
    // Focus the new line's first choice once it is rendered.
    requestAnimationFrame(() => {
      const fieldsets = listRef.current?.querySelectorAll("fieldset");
      fieldsets?.[fieldsets.length - 1]?.querySelector<HTMLInputElement>("input:checked, input")?.focus();
    });
  }

  function remove(key: number) {
    setLines((current) => current.filter((line) => line.key !== key));
    setAnnouncement(format(m.lineRemoved, { n: lines.length - 1 }));
    addRef.current?.focus();
  }

  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">{m.lines}</legend>
      <p className="text-sm text-muted">{m.linesHint}</p>
      <FieldError id="lines" error={errors.lines} locale={locale} />
      <div ref={listRef} className="space-y-3">
        {lines.map((line, index) => (
          <EstimateLine
            key={line.key}
            index={index}
            line={line}
            count={lines.length}
            m={m}
            locale={locale}
            errors={errors}
            onChange={(patch) => setLines((current) => current.map((l) => (l.key === line.key ? { ...l, ...patch } : l)))}
            onRemove={() => remove(line.key)}
          />
        ))}
      </div>
      <button ref={addRef} type="button" onClick={add} className="min-h-11 rounded border border-brand-700 px-4 font-medium text-brand-700 no-print">
        {m.addLine}
      </button>
      <p role="status" className="sr-only">{announcement}</p>
    </fieldset>
  );
}

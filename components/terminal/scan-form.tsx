"use client";
import { useRef, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/client";
import { stripScannerLineEnding } from "@/lib/voucher";

/**
 * The field a USB scanner types into (keyboard wedge: the code, then Enter). It keeps the
 * focus after each scan, so the next customer's code can be scanned without touching the
 * screen; results are announced elsewhere on the page.
 */
export function ScanForm({ onCode, pending, m }: { onCode: (code: string) => void; pending: boolean; m: Messages["terminal"] }) {
  const input = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const field = input.current;
    if (!field) return;
    const code = stripScannerLineEnding(field.value);
    field.value = "";
    field.focus();
    if (code) onCode(code);
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <label htmlFor="scan-input" className="block font-medium">{m.scanLabel}</label>
        <input
          id="scan-input"
          ref={input}
          type="text"
          autoFocus
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          aria-describedby="scan-hint"
          className="mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-3 font-mono text-base"
        />
        <p id="scan-hint" className="mt-1 text-sm text-muted">{m.scanHint}</p>
      </div>
      <button type="submit" disabled={pending} aria-busy={pending} className="mb-6 min-h-12 rounded-lg bg-brand-700 px-5 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {m.verify}
      </button>
      <p role="status" className="mb-6 self-center text-muted">{pending ? m.verifying : ""}</p>
    </form>
  );
}

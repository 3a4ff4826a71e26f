"use client";

/** Opens the browser's print dialog; the page's print styles hide navigation and buttons. */
export function EstimatePrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="min-h-12 rounded border border-slate-400 px-4 font-medium">
      {label}
    </button>
  );
}

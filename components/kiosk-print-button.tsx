"use client";

/** Prints what is on screen (the print stylesheet hides the controls); nothing is downloaded. */
export function KioskPrintButton({ label, hint }: { label: string; hint: string }) {
  return (
    <div className="no-print flex flex-wrap items-center gap-3">
      <button type="button" onClick={() => window.print()} aria-describedby="kiosk-print-hint" className="min-h-14 rounded-xl bg-brand-700 px-6 font-bold text-white">
        {label}
      </button>
      <p id="kiosk-print-hint" className="text-muted">{hint}</p>
    </div>
  );
}

"use client";

/** Prints what is on screen (the print stylesheet hides the controls); nothing is downloaded. */
export function KioskPrintButton({ label, hint }: { label: string; hint: string }) {
  return (
    <div className="no-print flex flex-col gap-1">
      <button type="button" onClick={() => window.print()} aria-describedby="kiosk-print-hint" className="min-h-16 rounded-2xl bg-brand-700 px-6 text-2xl font-bold text-white">
        {label}
      </button>
      <p id="kiosk-print-hint" className="text-lg text-muted">{hint}</p>
    </div>
  );
}

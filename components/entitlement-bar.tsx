/**
 * A used-of-limit bar for money in fen. It is a real progressbar for screen readers, with the
 * figures in words (aria-valuetext), and the same figures printed beside it for everyone.
 */
export function EntitlementBar({ id, label, valueFen, maxFen, valueText, figures, tone = "brand" }: {
  id: string;
  label: string;
  valueFen: number;
  maxFen: number;
  /** The whole reading in words, e.g. "起付线：本年已付 ¥200.00，共 ¥700.00，还差 ¥500.00". */
  valueText: string;
  /** The short figures shown at the end of the label row, e.g. "¥200.00 / ¥700.00". */
  figures: string;
  tone?: "brand" | "amber";
}) {
  const max = Math.max(0, maxFen);
  const value = Math.min(Math.max(0, valueFen), max);
  // Display width only; the amounts themselves stay integer fen.
  const percent = max === 0 ? 100 : Math.round((value / max) * 100);
  const fill = tone === "amber" ? "bg-amber-600" : "bg-brand-600";
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span id={`${id}-label`} className="font-medium">{label}</span>
        <span className="tabular-nums" aria-hidden="true">{figures}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={valueText}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200 outline outline-1 outline-slate-400"
        data-testid={`bar-${id}`}
      >
        <div className={`h-full rounded-full ${fill}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

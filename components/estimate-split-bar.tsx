import type { SettlementAmounts } from "@/lib/reimbursement";
import { format, formatFen } from "@/lib/i18n/client";
import type { Messages } from "@/lib/i18n/client";

type PartKey = keyof Messages["estimate"]["result"]["parts"];

const PARTS: ReadonlyArray<{ key: PartKey; field: keyof SettlementAmounts; colour: string }> = [
  { key: "hifp", field: "hifp_pay", colour: "bg-brand-600" },
  { key: "hifmi", field: "hifmi_pay", colour: "bg-sky-700" },
  { key: "hifob", field: "hifob_pay", colour: "bg-indigo-700" },
  { key: "maf", field: "maf_pay", colour: "bg-violet-700" },
  { key: "acct", field: "acct_pay", colour: "bg-amber-600" },
  { key: "cash", field: "psn_cash_pay", colour: "bg-rose-700" },
];

/**
 * Who pays what, as one stacked bar. The bar is decoration for sighted readers; the same split
 * is given in words (role="img" with a label) and in the labelled list below it.
 */
export function EstimateSplitBar({ amounts, m }: { amounts: SettlementAmounts; m: Messages["estimate"]["result"] }) {
  const total = amounts.medfee_sumamt;
  const parts = PARTS.map((part) => ({ ...part, fen: amounts[part.field] + (part.key === "acct" ? amounts.acct_mulaid_pay : 0) }));
  const shown = parts.filter((part) => part.fen > 0);
  const words = shown.map((part) => `${m.parts[part.key]} ${formatFen(part.fen)}`).join(m.separator);
  const summary = format(m.splitSummary, { total: formatFen(total), parts: words });
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{m.splitLabel}</figcaption>
      <div role="img" aria-label={summary} className="flex h-6 w-full overflow-hidden rounded bg-slate-200 outline outline-1 outline-slate-400 print:outline-black">
        {shown.map((part) => (
          // Width is display only; every figure stays integer fen.
          <div key={part.key} className={`${part.colour} h-full print:border-r print:border-black`} style={{ width: `${total === 0 ? 0 : (part.fen * 100) / total}%` }} />
        ))}
      </div>
      {/* Only the parts that pay something: a list of zeros reads like a bill of its own. */}
      <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2" data-testid="estimate-split">
        {shown.map((part) => (
          <li key={part.key} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block h-3 w-3 shrink-0 rounded-sm ${part.colour}`} />
            <span>{m.parts[part.key]}</span>
            <span className="ml-auto tabular-nums">{formatFen(part.fen)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

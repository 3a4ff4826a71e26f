import type { EstimateLineView } from "@/lib/estimate/client";
import { formatFen, localize, type Locale, type Messages } from "@/lib/i18n/client";
import { TypedText } from "./rich-text";

/** The bill's lines as the estimate read them, with the total: on screen, saved, shared and printed. */
export function EstimateBillTable({ lines, totalFen, m, classes, locale }: {
  lines: EstimateLineView[];
  totalFen: number;
  m: Messages["estimate"]["result"];
  classes: Messages["estimate"]["form"]["classes"];
  locale: Locale;
}) {
  if (lines.length === 0) return <p className="text-muted">{m.linesNone}</p>;
  const cell = "px-2 py-2 align-top";
  return (
    <table className="w-full border-collapse text-left" data-testid="estimate-lines">
      <caption className="mb-2 text-left font-semibold">{m.linesHeading}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className={cell}>{m.linesColumns.name}</th>
          <th scope="col" className={cell}>{m.linesColumns.class}</th>
          <th scope="col" className={`${cell} text-right`}>{m.linesColumns.quantity}</th>
          <th scope="col" className={`${cell} text-right`}>{m.linesColumns.amount}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => (
          <tr key={index} className="border-b border-slate-200">
            <td className={`${cell} break-words`}>{line.nameEn !== null ? localize(locale, line.name, line.nameEn) : <TypedText text={line.name} />}</td>
            <td className={`${cell} whitespace-nowrap`}>{classes[line.itemClass]}</td>
            <td className={`${cell} text-right tabular-nums`}>{line.quantity}</td>
            <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>{formatFen(line.amountFen)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row" colSpan={3} className={cell}>{m.linesTotal}</th>
          <td className={`${cell} whitespace-nowrap text-right tabular-nums`} data-testid="estimate-lines-total">{formatFen(totalFen)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

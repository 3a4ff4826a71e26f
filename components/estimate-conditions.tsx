import type { EstimateContext } from "@/lib/estimate/client";
import { format, formatDay, localize, pick, type Locale, type Messages } from "@/lib/i18n/client";

/** What the estimate assumed: day, facility, kind of visit, care away from home, account, year to date. */
export function EstimateConditions({ context, m, formM, locale }: {
  context: Omit<EstimateContext, "personId">;
  m: Messages["estimate"]["result"];
  formM: Messages["estimate"]["form"];
  locale: Locale;
}) {
  const facility = context.facility;
  const level = facility ? formM.levels[Math.min(3, Math.max(0, facility.level)) as 0 | 1 | 2 | 3] : "";
  const visit = context.visit;
  const visitText = visit === undefined
    ? null
    : visit.startsWith("chronic:")
      ? format(formM.visitKinds.chronic, { disease: context.disease ? pick(context.disease, locale) : "" })
      : formM.visitKinds[visit as "general_outpatient" | "inpatient" | "pharmacy"] ?? null;
  const rows: Array<[string, string | null]> = [
    [m.conditions.serviceDate, context.serviceDate ? formatDay(context.serviceDate, locale) : null],
    [m.conditions.facility, facility ? localize(locale, `${facility.name}（${level}）`, `${facility.nameEn} (${level})`) : null],
    [m.conditions.visit, visitText],
    [m.conditions.crossRegion, formM.crossRegionOptions[context.crossRegion]],
    [m.conditions.account, context.account === undefined || context.account === null ? null : context.account.used ? m.accountUsed : m.accountNotUsed],
    [m.conditions.accumulators, context.accumulatorsMode === "ledger" ? m.accumulatorsLedger : m.accumulatorsWhatIf],
  ];
  return (
    <section className="space-y-2" aria-labelledby="estimate-conditions-heading">
      <h3 id="estimate-conditions-heading" className="font-semibold">{m.conditionsHeading}</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="estimate-conditions">
        {rows.filter((row): row is [string, string] => row[1] !== null).map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

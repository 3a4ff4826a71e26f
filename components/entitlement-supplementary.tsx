import type { Entitlements } from "@/lib/ledger/client";
import { format, formatFen, supplementaryRuleText, type Locale, type Messages, type SupplementaryRuleFacts } from "@/lib/i18n/client";
import { EntitlementBar } from "./entitlement-bar";
import { Provenance } from "./provenance";

type M = Messages["entitlements"];

function RuleAndSource({ rule, source, unverified, locale, m }: { rule: SupplementaryRuleFacts; source: string; unverified: boolean; locale: Locale; m: M }) {
  return (
    <div className="space-y-1 text-sm">
      <p>{format(m.rule, { rule: supplementaryRuleText(rule, locale) })}</p>
      <Provenance source={source} unverified={unverified} m={m.provenance} />
    </div>
  );
}

/** Critical illness insurance, the employees' large-amount benefit and medical assistance, where they apply. */
export function EntitlementSupplementary({ status, locale, m }: { status: Entitlements["supplementary"]; locale: Locale; m: M }) {
  const { criticalIllness: ci, largeAmount: la, assistance: as } = status;
  if (!ci && !la && !as) return null;
  const card = "space-y-2 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm";
  return (
    <section aria-labelledby="supplementary-title" className="space-y-3">
      <h2 id="supplementary-title" className="text-xl font-semibold">{m.supplementary.heading}</h2>
      {ci ? (
        <article className={card} aria-labelledby="ci-title">
          <h3 id="ci-title" className="text-lg font-semibold">{m.supplementary.criticalIllness}</h3>
          <EntitlementBar
            id="critical-illness"
            label={format(m.supplementary.criticalProgress, { burden: formatFen(ci.burdenFen), threshold: formatFen(ci.thresholdFen) })}
            valueFen={ci.burdenFen}
            maxFen={ci.thresholdFen}
            figures=""
            valueText={format(m.supplementary.criticalBarText, { burden: formatFen(ci.burdenFen), threshold: formatFen(ci.thresholdFen), to: formatFen(ci.toThresholdFen) })}
          />
          <p>{format(m.supplementary.paid, { amount: formatFen(ci.paidFen) })}</p>
          {ci.lowIncome ? <p className="text-sm">{m.supplementary.lowIncome}</p> : null}
          <RuleAndSource rule={ci.rule} source={ci.source} unverified={ci.unverified} locale={locale} m={m} />
        </article>
      ) : null}
      {la ? (
        <article className={card} aria-labelledby="la-title">
          <h3 id="la-title" className="text-lg font-semibold">{m.supplementary.largeAmount}</h3>
          <p>{format(m.supplementary.paid, { amount: formatFen(la.paidFen) })}</p>
          <RuleAndSource rule={la.rule} source={la.source} unverified={la.unverified} locale={locale} m={m} />
        </article>
      ) : null}
      {as ? (
        <article className={card} aria-labelledby="as-title">
          <h3 id="as-title" className="text-lg font-semibold">{m.supplementary.assistance} · {m.supplementary.groups[as.group]}</h3>
          <p>{format(m.supplementary.paid, { amount: formatFen(as.paidFen) })}</p>
          <RuleAndSource rule={as.rule} source={as.source} unverified={as.unverified} locale={locale} m={m} />
        </article>
      ) : null}
    </section>
  );
}

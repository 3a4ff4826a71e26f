import { benefitRuleText, bucketLabel } from "@/lib/i18n/client";
import type { EntitlementBucket } from "@/lib/ledger/client";
import type { Messages } from "@/lib/i18n/client";
import { formatFen } from "@/lib/i18n/client";
import { format, type Locale } from "@/lib/i18n/client";
import { EntitlementBar } from "./entitlement-bar";
import { Provenance } from "./provenance";
import { domId, pick } from "./entitlement-text";

type M = Messages["entitlements"];

/** What the fund paid of a bucket's cap, with a fallback sentence when the bucket has no cap. */
export function BucketUsage({ bucket, locale, m }: { bucket: EntitlementBucket; locale: Locale; m: M }) {
  const label = bucketLabel(bucket, locale);
  const used = formatFen(bucket.usedFen);
  if (bucket.capFen === null) {
    return <p>{format(m.buckets.barTextNoCap, { label, used })}</p>;
  }
  const remaining = formatFen(bucket.remainingFen ?? 0);
  return (
    <EntitlementBar
      id={domId("used", bucket.bucket)}
      label={m.buckets.used}
      valueFen={bucket.usedFen}
      maxFen={bucket.capFen}
      figures={`${used} / ${formatFen(bucket.capFen)}`}
      valueText={format(m.buckets.barText, { label, used, cap: formatFen(bucket.capFen), remaining })}
    />
  );
}

function Deductible({ bucket, locale, m }: { bucket: EntitlementBucket; locale: Locale; m: M }) {
  const d = bucket.deductible;
  if (d.amountFen === null) return <p>{m.deductible.varies}</p>;
  if (d.amountFen === 0) return null;
  const amount = formatFen(d.amountFen);
  if (d.basis === "visit") return <p>{format(m.deductible.perVisit, { amount })}</p>;
  if (d.basis === "admission") return <p>{format(m.deductible.perAdmission, { amount })}</p>;
  const remaining = d.remainingFen ?? 0;
  return (
    <div className="space-y-1">
      <EntitlementBar
        id={domId("deductible", bucket.bucket)}
        label={m.deductible.heading}
        valueFen={d.paidFen}
        maxFen={d.amountFen}
        tone="amber"
        figures={format(m.deductible.paid, { paid: formatFen(d.paidFen), amount })}
        valueText={format(m.deductible.barText, { paid: formatFen(d.paidFen), amount, remaining: formatFen(remaining) })}
      />
      <p className="text-sm">{remaining === 0 ? m.deductible.met : format(m.deductible.remaining, { amount: formatFen(remaining) })}</p>
    </div>
  );
}

/** One benefit bucket: used and remaining, the deductible, the rule in plain words and its source. */
export function EntitlementBucketCard({ bucket, locale, m }: { bucket: EntitlementBucket; locale: Locale; m: M }) {
  const titleId = domId("bucket", bucket.bucket);
  const shared = bucket.sharedCap;
  return (
    <article aria-labelledby={titleId} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" data-bucket={bucket.bucket}>
      <h3 id={titleId} className="text-lg font-semibold">{bucketLabel(bucket, locale)}</h3>
      <BucketUsage bucket={bucket} locale={locale} m={m} />
      {bucket.capFen !== null ? (
        <p className="text-base font-semibold tabular-nums" data-testid="bucket-remaining">
          {format(m.buckets.remainingLine, { amount: formatFen(bucket.remainingFen ?? 0) })}
        </p>
      ) : null}
      {shared ? (
        <EntitlementBar
          id={domId("shared", bucket.bucket)}
          label={format(m.buckets.sharedCap, { label: pick(shared.label, locale) })}
          valueFen={shared.usedFen}
          maxFen={shared.capFen}
          figures={`${formatFen(shared.usedFen)} / ${formatFen(shared.capFen)}`}
          valueText={format(m.buckets.sharedBarText, { label: pick(shared.label, locale), used: formatFen(shared.usedFen), cap: formatFen(shared.capFen), remaining: formatFen(shared.remainingFen) })}
        />
      ) : null}
      <Deductible bucket={bucket} locale={locale} m={m} />
      <BucketRule bucket={bucket} locale={locale} m={m} />
    </article>
  );
}

/** The bucket's rule in plain words and the document it comes from. */
export function BucketRule({ bucket, locale, m }: { bucket: EntitlementBucket; locale: Locale; m: M }) {
  return (
    <div className="space-y-1 border-t border-slate-200 pt-2 text-sm">
      <p>{format(m.rule, { rule: benefitRuleText(bucket.rule, locale) })}</p>
      <Provenance source={bucket.source} unverified={bucket.unverified} m={m.provenance} />
    </div>
  );
}

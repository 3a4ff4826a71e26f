import { benefitRuleText, bucketLabel } from "@/lib/i18n";
import Link from "next/link";
import type { Entitlements } from "@/lib/ledger/client";
import type { Messages } from "@/lib/i18n";
import { formatFen, formatInstant } from "@/lib/i18n";
import { format, type Locale } from "@/lib/i18n";
import { BucketUsage } from "./entitlement-bucket-card";
import { EntitlementsAnswer } from "./entitlements-answer";
import { pick } from "./entitlement-text";

/** Home card: this year's main benefits as bars and the personal account balance, each "as of". */
export function HomeEntitlements({ data, href = "/entitlements", locale, m }: { data: Entitlements; href?: string; locale: Locale; m: Messages["entitlements"] }) {
  const asOf = format(m.asOf, { time: formatInstant(data.asOf, locale) });
  // The general benefits first; per-disease quotas are on the entitlements screen.
  const buckets = data.buckets.filter((b) => b.disease === null).slice(0, 3);
  return (
    <div className="space-y-6">
      <section aria-labelledby="home-entitlements-title" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="home-entitlements-title" className="text-lg font-semibold">{m.home.heading}</h2>
        {buckets.length === 0 ? <p className="text-muted">{m.buckets.empty}</p> : <EntitlementsAnswer data={data} withBalance={false} locale={locale} m={m} />}
        {buckets.map((bucket) => (
          <div key={bucket.bucket} className="space-y-1" data-bucket={bucket.bucket}>
            <h3 className="font-semibold">{bucketLabel(bucket, locale)}</h3>
            <BucketUsage bucket={bucket} locale={locale} m={m} />
          </div>
        ))}
        <p className="text-sm text-muted">{asOf}</p>
        <Link href={href} className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50">
          {m.home.more}
        </Link>
      </section>
      {data.account.hasAccount ? (
        <section aria-labelledby="home-account-title" className="space-y-1 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="home-account-title" className="text-lg font-semibold">{m.home.balance}</h2>
          <p className="text-2xl font-bold tabular-nums" data-testid="home-account-balance">{formatFen(data.account.balanceFen)}</p>
          <p className="text-sm text-muted">{asOf}</p>
        </section>
      ) : null}
    </div>
  );
}

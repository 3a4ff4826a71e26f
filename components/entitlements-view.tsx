"use client";
import { format, formatInstant, pick, type Locale, type Messages } from "@/lib/i18n/client";
import type { Entitlements, SettlementPage } from "@/lib/ledger/client";
import { useEntitlements, useSettlements } from "@/lib/swr";
import { EntitlementAccount } from "./entitlement-account";
import { EntitlementBucketCard } from "./entitlement-bucket-card";
import { EntitlementChronic } from "./entitlement-chronic";
import { EntitlementFiling } from "./entitlement-filing";
import { EntitlementSettlements } from "./entitlement-settlements";
import { EntitlementSupplementary } from "./entitlement-supplementary";
import { EntitlementsAnswer } from "./entitlements-answer";
import { Provenance } from "./provenance";

/**
 * The entitlements screen's figures, kept fresh by SWR: the server's rendering is the fallback,
 * and returning to the tab (e.g. after paying at a counter) fetches the ledger again — the
 * same person's: a relative's when the screen acts for one (`personId`), one's own otherwise.
 */
export function EntitlementsView({ initial, initialSettlements, personId, settlementsPath, locale, m, family, sourcesLink = true }: {
  initial: Entitlements & { policy: NonNullable<Entitlements["policy"]> };
  initialSettlements: SettlementPage;
  personId: string | null;
  /** Where a settlement's details open (the kiosk has its own screen). */
  settlementsPath?: string;
  /** A link to the policy sources page; off at a kiosk, where every screen stays under the idle sign-out. */
  sourcesLink?: boolean;
  locale: Locale;
  m: Messages["entitlements"];
  /** Who a relative paid for from the account is (家庭共济). */
  family: Messages["family"];
}) {
  const { data: fresh } = useEntitlements({ personId, fallbackData: initial });
  const { items } = useSettlements({ personId, fallbackData: initialSettlements });
  const data = fresh?.policy ? fresh : initial;
  const policy = data.policy ?? initial.policy;
  const thisYear = items.filter((s) => s.serviceDate.startsWith(String(data.year)));
  // A disease's bucket is shown with its approval; one without a current approval stays in the list.
  const approvedBuckets = new Set(data.chronicApprovals.map((a) => a.bucket));
  const listed = data.buckets.filter((b) => !approvedBuckets.has(b.bucket));

  return (
    <>
      <EntitlementsAnswer data={data} locale={locale} m={m} />
      <div className="space-y-1">
        <p className="font-medium" data-testid="entitlements-as-of">{format(m.asOf, { time: formatInstant(data.asOf, locale) })}</p>
        <p>{format(m.intro, { year: data.year, policy: pick(policy.name, locale) })}</p>
        <Provenance source={policy.source} unverified={false} policyId={sourcesLink ? policy.id : undefined} m={m.provenance} />
      </div>

      <section aria-labelledby="buckets-title" className="space-y-3">
        <h2 id="buckets-title" className="text-xl font-semibold">{m.buckets.heading}</h2>
        {listed.length === 0 ? (
          <p className="rounded-2xl border border-slate-200 bg-white p-4 text-muted">{m.buckets.empty}</p>
        ) : (
          listed.map((bucket) => <EntitlementBucketCard key={bucket.bucket} bucket={bucket} locale={locale} m={m} />)
        )}
      </section>

      <EntitlementChronic approvals={data.chronicApprovals} buckets={data.buckets} locale={locale} m={m} />
      <EntitlementSupplementary status={data.supplementary} locale={locale} m={m} />
      <EntitlementAccount account={data.account} settlementsPath={settlementsPath} locale={locale} m={m} family={family} />
      <EntitlementSettlements items={thisYear} basePath={settlementsPath} locale={locale} m={m} />
      <EntitlementFiling filing={data.crossRegionFiling} locale={locale} m={m} />
    </>
  );
}

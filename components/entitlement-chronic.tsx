import type { ChronicApprovalEntitlement, EntitlementBucket } from "@/lib/ledger/client";
import type { Messages } from "@/lib/i18n/client";
import { formatDay, formatFen } from "@/lib/i18n/client";
import { format, formatPlural, type Locale } from "@/lib/i18n/client";
import { EntitlementBar } from "./entitlement-bar";
import { BucketRule } from "./entitlement-bucket-card";
import { domId, pick } from "./entitlement-text";

type M = Messages["entitlements"];

/** Approved chronic and special diseases (门诊慢特病): expiry, the approving hospital and this year's quota. */
export function EntitlementChronic({ approvals, buckets, locale, m }: { approvals: ChronicApprovalEntitlement[]; buckets: EntitlementBucket[]; locale: Locale; m: M }) {
  return (
    <section aria-labelledby="chronic-title" className="space-y-3">
      <h2 id="chronic-title" className="text-xl font-semibold">{m.chronic.heading}</h2>
      {approvals.length === 0 ? (
        <p className="rounded-2xl border border-slate-200 bg-white p-4 text-muted">{m.chronic.none}</p>
      ) : (
        <ul className="space-y-3">
          {approvals.map((a) => {
            const label = pick(a.label, locale);
            const bucket = buckets.find((b) => b.bucket === a.bucket);
            return (
              <li key={a.disease} className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" data-disease={a.disease}>
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="text-lg font-semibold">{label}</h3>
                  {a.endingSoon ? <span className="rounded-full bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">{m.chronic.endingSoon}</span> : null}
                </div>
                <p>
                  {format(m.chronic.validTo, { date: formatDay(a.validTo, locale) })} · {formatPlural(locale, m.chronic.daysLeft, a.daysLeft, { days: a.daysLeft })}
                </p>
                {a.facility ? <p className="text-muted">{format(m.chronic.facility, { name: pick({ zh: a.facility.name, en: a.facility.nameEn }, locale) })}</p> : null}
                {a.quota && a.quota.capFen !== null ? (
                  <EntitlementBar
                    id={domId("quota", a.disease)}
                    label={m.chronic.quota}
                    valueFen={a.quota.usedFen}
                    maxFen={a.quota.capFen}
                    figures={`${formatFen(a.quota.usedFen)} / ${formatFen(a.quota.capFen)}`}
                    valueText={format(m.buckets.barText, { label, used: formatFen(a.quota.usedFen), cap: formatFen(a.quota.capFen), remaining: formatFen(a.quota.remainingFen ?? 0) })}
                  />
                ) : (
                  <p className="text-sm text-muted">{m.chronic.noQuota}</p>
                )}
                {bucket ? <BucketRule bucket={bucket} locale={locale} m={m} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import Link from "next/link";
import type { Entitlements } from "@/lib/ledger/client";
import type { Messages } from "@/lib/i18n/client";
import { formatFen, formatInstantDay } from "@/lib/i18n/client";
import { format, type Locale } from "@/lib/i18n/client";
import { pick } from "./entitlement-text";
import { formatRich, RelativeLabel, Zh } from "./rich-text";

type M = Messages["entitlements"];

/** The employee's personal account (个人账户): balance and the latest entries of its ledger. */
export function EntitlementAccount({ account, settlementsPath = "/entitlements/settlements", locale, m, family }: {
  account: Entitlements["account"];
  /** Where a settlement's details open: the phone's screen, or the kiosk's. */
  settlementsPath?: string;
  locale: Locale;
  m: M;
  /** Who a relative paid for from the account is (家庭共济). */
  family: Messages["family"];
}) {
  return (
    <section aria-labelledby="account-title" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="account-title" className="text-xl font-semibold">{m.account.heading}</h2>
      {!account.hasAccount ? (
        <p className="text-muted">{m.account.none}</p>
      ) : (
        <>
          <p>
            <span className="text-muted">{m.account.balance} </span>
            <strong className="text-2xl tabular-nums" data-testid="account-balance">{formatFen(account.balanceFen)}</strong>
          </p>
          <h3 className="font-semibold">{m.account.entries}</h3>
          {account.recentEntries.length === 0 ? (
            <p className="text-muted">{m.account.entriesEmpty}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {account.recentEntries.map((entry) => {
                const beneficiary = entry.beneficiary && !entry.beneficiary.self ? formatRich(m.account.forRelative, { name: <RelativeLabel relative={entry.beneficiary} m={family} /> }) : null;
                const where = entry.facility ? pick({ zh: entry.facility.name, en: entry.facility.nameEn }, locale) : null;
                return (
                  <li key={entry.id} className="flex items-start justify-between gap-3 py-2">
                    <div>
                      <p className="font-medium">{m.account.kinds[entry.kind]}{where ? ` · ${where}` : ""}</p>
                      <p className="text-sm text-muted">
                        {formatInstantDay(entry.createdAt, locale)}
                        {beneficiary ? <> · {beneficiary}</> : null}
                      </p>
                      {entry.settlementId && entry.facility ? (
                        <Link href={`${settlementsPath}/${entry.settlementId}`} className="inline-flex min-h-12 items-center text-sm text-brand-700 underline">
                          {format(m.settlements.open, { facility: where ?? "" })}
                        </Link>
                      ) : null}
                    </div>
                    <span className={`shrink-0 whitespace-nowrap tabular-nums font-semibold ${entry.amountFen < 0 ? "text-ink" : "text-brand-700"}`}>
                      {entry.amountFen > 0 ? "+" : "−"}{formatFen(Math.abs(entry.amountFen))}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

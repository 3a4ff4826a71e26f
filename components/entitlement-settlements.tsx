import Link from "next/link";
import type { SettlementListItem } from "@/lib/ledger/client";
import type { Messages } from "@/lib/i18n/client";
import { formatDay, formatFen } from "@/lib/i18n/client";
import { format, type Locale } from "@/lib/i18n/client";
import { pick } from "./entitlement-text";

type M = Messages["entitlements"];

/** The latest settlements, each opening its full split and explanation. */
export function EntitlementSettlements({ items, basePath = "/entitlements/settlements", locale, m }: {
  items: SettlementListItem[];
  /** Where a settlement's details open: the phone's screen, or the kiosk's. */
  basePath?: string;
  locale: Locale;
  m: M;
}) {
  return (
    <section aria-labelledby="settlements-title" className="space-y-3">
      <h2 id="settlements-title" className="text-xl font-semibold">{m.settlements.heading}</h2>
      {items.length === 0 ? (
        <p className="rounded-2xl border border-slate-200 bg-white p-4 text-muted" data-testid="settlements-empty">{m.settlements.empty}</p>
      ) : (
        <ul className="space-y-2" data-testid="settlements">
          {items.map((s) => {
            const facility = pick({ zh: s.facility.name, en: s.facility.nameEn }, locale);
            return (
              <li key={s.id}>
                <Link
                  href={`${basePath}/${s.id}`}
                  className="block space-y-1 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-700"
                >
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-brand-700 underline">{facility}</span>
                    {s.status === "reversed" ? <span className="rounded-full bg-slate-200 px-2 py-0.5 text-sm">{m.settlements.reversed}</span> : null}
                  </span>
                  <span className="block text-sm text-muted">{formatDay(s.serviceDate, locale)} · {m.visitKinds[s.visitKind]}</span>
                  <span className="flex flex-wrap gap-x-3 tabular-nums">
                    <span className="whitespace-nowrap">{format(m.settlements.total, { amount: formatFen(s.medfeeFen) })}</span>
                    <span className="whitespace-nowrap">{format(m.settlements.fund, { amount: formatFen(s.fundFen) })}</span>
                    <span className="whitespace-nowrap">{format(m.settlements.self, { amount: formatFen(s.accountFen + s.cashFen) })}</span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

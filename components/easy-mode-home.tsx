import Link from "next/link";
import type { Locale, Messages } from "@/lib/i18n";
import type { PersonAlerts } from "@/lib/people/client";
import { Alerts } from "./alerts";

const action = "flex min-h-24 w-full flex-col justify-center gap-1 rounded-3xl border-4 px-5 py-4 text-left";

/**
 * Easy mode's home: the same reminders as the standard home, larger, then the three main actions
 * in plain words, nothing else.
 */
export function EasyModeHome({ name, alerts, locale, m, alertsM }: { name: string | null; alerts: PersonAlerts | null; locale: Locale; m: Messages["easy"]; alertsM: Messages["alerts"] }) {
  return (
    <section aria-labelledby="easy-home-title" className="space-y-4">
      {name ? <p lang="zh-CN" className="text-2xl font-semibold">{name}</p> : null}
      {alerts && alerts.alerts.length > 0 ? <Alerts data={alerts} large locale={locale} m={alertsM} /> : null}
      <h2 id="easy-home-title" className="text-3xl font-bold">{m.homeHeading}</h2>
      <ul className="space-y-4">
        <li>
          <Link href="/voucher" className={`${action} border-brand-700 bg-brand-700 text-white`}>
            <span className="text-2xl font-bold">{m.showCode}</span>
            <span className="text-lg">{m.showCodeHint}</span>
          </Link>
        </li>
        <li>
          <Link href="/entitlements" className={`${action} border-brand-700 bg-white text-ink`}>
            <span className="text-2xl font-bold">{m.coverage}</span>
            <span className="text-lg">{m.coverageHint}</span>
          </Link>
        </li>
        <li>
          <Link href="/estimate" className={`${action} border-brand-700 bg-white text-ink`}>
            <span className="text-2xl font-bold">{m.estimate}</span>
            <span className="text-lg">{m.estimateHint}</span>
          </Link>
        </li>
      </ul>
      <p className="text-lg">{m.moreHint}</p>
    </section>
  );
}

import { localize } from "@/lib/i18n";
import Link from "next/link";
import type { PersonAlert, PersonAlerts } from "@/lib/people/client";
import type { Messages } from "@/lib/i18n";
import { formatDay, formatInstant } from "@/lib/i18n";
import { format, type Locale } from "@/lib/i18n";

type AlertMessages = Messages["alerts"];

function alertText(alert: PersonAlert, locale: Locale, m: AlertMessages): { title: string; body: string } {
  const en = localize(locale, false, true);
  switch (alert.kind) {
    case "clinic_required":
      return { title: m.clinicRequired.title, body: format(m.clinicRequired.body, { region: en ? alert.regionNameEn : alert.regionName }) };
    case "chronic_ending": {
      const vars = { disease: en ? alert.diseaseName.en : alert.diseaseName.zh, date: formatDay(alert.validTo, locale), days: alert.daysLeft };
      return { title: format(m.chronicEnding.title, vars), body: format(alert.daysLeft > 0 ? m.chronicEnding.body : m.chronicEnding.today, vars) };
    }
    case "filing_ending": {
      const vars = { place: en ? alert.placeNameEn : alert.placeName, kind: m.filingKinds[alert.filingKind], date: formatDay(alert.validTo, locale), days: alert.daysLeft };
      return { title: m.filingEnding.title, body: format(alert.daysLeft > 0 ? m.filingEnding.body : m.filingEnding.today, vars) };
    }
  }
}

/**
 * Things to act on soon, most urgent first, each with what to do. Empty: a short all-clear. The
 * way to choose a clinic is offered only to whom may choose it (not under a family grant).
 */
export function Alerts({ data, canChangeClinic = true, locale, m }: { data: PersonAlerts; canChangeClinic?: boolean; locale: Locale; m: AlertMessages }) {
  return (
    <section aria-labelledby="alerts-title" className="space-y-3">
      <h2 id="alerts-title" className="text-lg font-semibold">{m.heading}</h2>
      {data.alerts.length === 0 ? (
        <p className="rounded-2xl border border-slate-200 bg-white p-4 text-muted">{m.none}</p>
      ) : (
        <ul className="space-y-3" data-testid="alerts">
          {data.alerts.map((alert) => {
            const { title, body } = alertText(alert, locale, m);
            const key = alert.kind === "chronic_ending" ? `${alert.kind}:${alert.disease}` : alert.kind === "filing_ending" ? `${alert.kind}:${alert.validTo}` : alert.kind;
            return (
              <li key={key} className="rounded-2xl border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950" data-alert={alert.kind}>
                <p className="font-semibold">{title}</p>
                <p className="mt-1">{body}</p>
                {alert.kind === "clinic_required" && canChangeClinic ? (
                  <Link href="/clinic" className="mt-2 inline-flex min-h-12 items-center rounded-lg bg-amber-800 px-4 font-semibold text-white hover:bg-amber-900">
                    {m.clinicRequired.action}
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <p className="text-sm text-muted">{format(m.asOf, { time: formatInstant(data.asOf, locale) })}</p>
    </section>
  );
}

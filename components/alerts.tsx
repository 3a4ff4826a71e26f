import { localize } from "@/lib/i18n";
import Link from "next/link";
import type { PersonAlert, PersonAlerts } from "@/lib/people/client";
import type { Messages } from "@/lib/i18n";
import { formatDay, formatInstant } from "@/lib/i18n";
import { format, formatPlural, type Locale } from "@/lib/i18n";

type AlertMessages = Messages["alerts"];

function alertText(alert: PersonAlert, locale: Locale, m: AlertMessages): { title: string; body: string } {
  const en = localize(locale, false, true);
  switch (alert.kind) {
    case "clinic_required":
      return { title: m.clinicRequired.title, body: format(m.clinicRequired.body, { region: en ? alert.regionNameEn : alert.regionName }) };
    case "chronic_ending": {
      const vars = { disease: en ? alert.diseaseName.en : alert.diseaseName.zh, date: formatDay(alert.validTo, locale), days: alert.daysLeft };
      return { title: format(m.chronicEnding.title, vars), body: alert.daysLeft > 0 ? formatPlural(locale, m.chronicEnding.body, alert.daysLeft, vars) : format(m.chronicEnding.today, vars) };
    }
    case "filing_ending": {
      const vars = { place: en ? alert.placeNameEn : alert.placeName, kind: m.filingKinds[alert.filingKind], date: formatDay(alert.validTo, locale), days: alert.daysLeft };
      return { title: m.filingEnding.title, body: alert.daysLeft > 0 ? formatPlural(locale, m.filingEnding.body, alert.daysLeft, vars) : format(m.filingEnding.today, vars) };
    }
  }
}

/**
 * Things to act on soon, most urgent first, each with what to do. Empty: a short all-clear. The
 * way to choose a clinic is offered only to whom may choose it (not under a family grant).
 */
export function Alerts({ data, clinicHref = "/clinic", canChangeClinic = true, large = false, locale, m }: {
  data: PersonAlerts;
  /** Where "choose my clinic" leads (the kiosk has its own clinic screen). */
  clinicHref?: string;
  canChangeClinic?: boolean;
  /** Easy mode: the same reminders, larger. */
  large?: boolean;
  locale: Locale;
  m: AlertMessages;
}) {
  return (
    <section aria-labelledby="alerts-title" className={`space-y-3 ${large ? "text-xl" : ""}`}>
      <h2 id="alerts-title" className={large ? "text-2xl font-bold" : "text-lg font-semibold"}>{m.heading}</h2>
      {data.alerts.length === 0 ? (
        <p className="rounded-2xl border border-slate-200 bg-white p-4 text-muted">{m.none}</p>
      ) : (
        <ul className="space-y-3" data-testid="alerts">
          {data.alerts.map((alert) => {
            const { title, body } = alertText(alert, locale, m);
            const key = alert.kind === "chronic_ending" ? `${alert.kind}:${alert.disease}` : alert.kind === "filing_ending" ? `${alert.kind}:${alert.validTo}` : alert.kind;
            return (
              <li key={key} className={`rounded-2xl border-amber-600 bg-amber-50 p-4 text-amber-950 ${large ? "border-l-8" : "border-l-4"}`} data-alert={alert.kind}>
                <p className={large ? "text-2xl font-bold" : "font-semibold"}>{title}</p>
                <p className="mt-1">{body}</p>
                {alert.kind === "clinic_required" && canChangeClinic ? (
                  <Link href={clinicHref} className="mt-2 inline-flex min-h-14 items-center rounded-lg bg-amber-800 px-4 font-semibold text-white hover:bg-amber-900">
                    {m.clinicRequired.action}
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <p className={large ? "text-lg text-muted" : "text-sm text-muted"}>{format(m.asOf, { time: formatInstant(data.asOf, locale) })}</p>
    </section>
  );
}

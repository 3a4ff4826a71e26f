import { isAccessLogAction, type AccessLogEntry } from "@/lib/family/client";
import { format, formatFen, formatInstant, localize, relativeLabel, type Locale, type Messages } from "@/lib/i18n";

type M = Messages["family"];

const kindTone: Record<AccessLogEntry["kind"], string> = {
  coverage: "border-slate-300",
  manage: "border-slate-300",
  estimate: "border-slate-300",
  code: "border-brand-700",
  scan: "border-brand-700",
  payment: "border-amber-600",
};

function actorText(entry: AccessLogEntry, m: M): string {
  return entry.actor.self ? m.log.you : relativeLabel(entry.actor, m);
}

function whenText(entry: AccessLogEntry, locale: Locale, m: M): string {
  const at = formatInstant(entry.at, locale);
  if (entry.count === 1) return at;
  const first = formatInstant(entry.firstAt, locale);
  const times = format(m.log.times, { count: entry.count });
  if (first === at) return `${at} · ${times}`;
  // "… 18:20 – 18:35": the day once when the run is within one day (the time is the last five characters).
  const last = first.slice(0, -5) === at.slice(0, -5) ? at.slice(-5) : at;
  return `${first} – ${last} · ${times}`;
}

/** What was done, in the reader's words (a key outside the closed list reads as coverage viewed). */
function actionText(action: string, m: M): string {
  return isAccessLogAction(action) ? m.log.actions[action] : m.log.actions.entitlements;
}

/**
 * The access log as cards, newest first — one per use (a run of the same one counted): what was done (in the reader's words),
 * who did it and as what (grant or guardian), whose data when it was a child's, where (a counter's
 * scan or payment), how much and for whom (a payment from the reader's account), and when. Cards
 * rather than a table: they keep whole words at 320 px and in easy mode's larger type.
 */
export function FamilyAccessLog({ entries, locale, m }: { entries: AccessLogEntry[]; locale: Locale; m: M }) {
  if (entries.length === 0) return <p className="text-muted">{m.log.empty}</p>;
  return (
    <ol className="space-y-3" aria-label={m.log.heading}>
      {entries.map((entry) => (
        <li key={entry.id} className={`space-y-1 rounded-2xl border-l-4 bg-white p-4 shadow-sm ${kindTone[entry.kind]}`} data-testid="access-log-entry" data-kind={entry.kind}>
          <p className="text-lg font-semibold">
            {actionText(entry.action, m)}
            {entry.payment ? ` ${formatFen(entry.payment.amountFen)}` : ""}
          </p>
          <p className="[overflow-wrap:anywhere]">
            <span className="font-medium">{actorText(entry, m)}</span>
            <span className="ml-2 inline-block rounded-full bg-slate-100 px-2 text-sm text-slate-800">{entry.via === "guardian" ? m.log.viaGuardian : m.log.viaGrant}</span>
          </p>
          {entry.subject.own ? null : <p className="[overflow-wrap:anywhere]">{format(m.log.whose, { name: relativeLabel(entry.subject, m) })}</p>}
          {entry.place ? <p>{format(m.log.place, { place: localize(locale, entry.place.name, entry.place.nameEn) })}</p> : null}
          {entry.payment ? (
            <p className="[overflow-wrap:anywhere]">
              {entry.payment.forWhom.self
                ? format(m.log.paidForYou, { amount: formatFen(entry.payment.amountFen) })
                : format(m.log.paidFor, { who: relativeLabel(entry.payment.forWhom, m), amount: formatFen(entry.payment.amountFen) })}
            </p>
          ) : null}
          {entry.payment?.reversed ? <p className="text-sm font-medium text-amber-900">{m.log.reversed}</p> : null}
          <p className="text-sm text-muted">
            <time dateTime={entry.at}>{whenText(entry, locale, m)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}

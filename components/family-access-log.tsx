import type { AccessLogEntry } from "@/lib/family/client";
import type { Messages } from "@/lib/i18n";
import { formatInstant } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";

/** The access log as a table: who, whose data, what, when. */
export function FamilyAccessLog({ entries, locale, m }: { entries: AccessLogEntry[]; locale: Locale; m: Messages["family"] }) {
  if (entries.length === 0) return <p className="text-muted">{m.log.empty}</p>;
  const actionLabel = (action: string) => (action in m.actions ? m.actions[action as keyof typeof m.actions] : action);
  return (
    // A wide table scrolls sideways on a phone; the region takes focus so keyboard users can scroll it too.
    <div tabIndex={0} role="region" aria-label={m.log.heading} className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{m.log.heading}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2">{m.log.when}</th>
            <th scope="col" className="px-3 py-2">{m.log.who}</th>
            <th scope="col" className="px-3 py-2">{m.log.whose}</th>
            <th scope="col" className="px-3 py-2">{m.log.what}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-slate-200" data-testid="access-log-row">
              <td className="px-3 py-2 whitespace-nowrap">{formatInstant(e.at, locale)}</td>
              <td className="px-3 py-2">{e.actorPhone} <span className="text-sm text-muted">({m.log.via[e.via]})</span></td>
              <td className="px-3 py-2">{e.subjectName}</td>
              <td className="px-3 py-2">{actionLabel(e.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

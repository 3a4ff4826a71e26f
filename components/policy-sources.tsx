import { addDaysToDay } from "@/lib/dates";
import { format, formatDay, policyValueLines, sourceDocumentTitle, type Locale, type Messages } from "@/lib/i18n";
import type { ProvenanceEntry } from "@/lib/reimbursement";
import { Zh, formatRich } from "./rich-text";

type Words = Messages["policySources"];

/** A demo figure carries the seed's marker instead of a document. */
const isDemoSource = (source: string) => source.startsWith("演示数据");

function Badge({ tone, children }: { tone: "ok" | "demo"; children: string }) {
  const colours = tone === "ok" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900";
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${colours}`}>{children}</span>;
}

function Period({ entry, w, locale }: { entry: ProvenanceEntry; w: Words; locale: Locale }) {
  const from = formatDay(entry.from, locale);
  const text = entry.until === null ? format(w.period, { from }) : format(w.periodUntil, { from, until: formatDay(addDaysToDay(entry.until, -1), locale) });
  return <p className="font-medium">{text} · {entry.until === null ? w.stillInForce : w.ended}</p>;
}

/** Text that may hold Chinese terms inside another language: each Chinese run marked as Chinese. */
export function MixedText({ text }: { text: string }) {
  // A run of Chinese keeps the digits inside it (扬医保〔2021〕6号 is one title).
  const parts = text.split(/(\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|\d+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]))*)/u);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <Zh key={index}>{part}</Zh> : part))}</>;
}

function Source({ entry, w }: { entry: ProvenanceEntry; w: Words }) {
  if (!entry.verified && isDemoSource(entry.source)) {
    return <p className="text-muted"><Badge tone="demo">{w.demo}</Badge> {w.demoSource}</p>;
  }
  const title = sourceDocumentTitle(entry.source);
  return (
    <div className="space-y-1 break-words text-muted">
      <p>{entry.verified ? <Badge tone="ok">{w.verified}</Badge> : <Badge tone="demo">{w.unverified}</Badge>}</p>
      <p>{title === null ? w.relaySource : formatRich(w.source, { source: <cite lang="zh-CN" className="not-italic">{title}</cite> })}</p>
    </div>
  );
}

/**
 * One value of a policy over time: what it is about, and for each period its value in words,
 * its dates and its document — or a plain demo badge. Maintainers' notes are written in English
 * and shown on the English page only.
 */
export function PolicyValueHistory({ entries, w, family, locale }: { entries: ProvenanceEntry[]; w: Words; family: Messages["family"]; locale: Locale }) {
  const first = entries[0]!;
  const label = locale === "en" ? first.label.en : first.label.zh;
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-4" data-path={first.path}>
      <h2 className="text-lg font-bold">{label}</h2>
      <ol className="mt-2 space-y-3">
        {entries.map((entry) => (
          <li key={entry.from} className="space-y-1 border-t border-slate-100 pt-2 first:border-0 first:pt-0" data-verified={entry.verified}>
            <Period entry={entry} w={w} locale={locale} />
            <ul className="list-disc space-y-0.5 pl-5">
              {policyValueLines(entry, w, family, locale).map((line, index) => <li key={index}><MixedText text={line} /></li>)}
            </ul>
            <Source entry={entry} w={w} />
            {locale === "en" && entry.note ? <p className="text-sm text-muted"><MixedText text={entry.note} /></p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Consecutive entries of the same value, in the policy's order. */
export function groupByPath(entries: ProvenanceEntry[]): ProvenanceEntry[][] {
  const groups: ProvenanceEntry[][] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last[0]!.path === entry.path) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

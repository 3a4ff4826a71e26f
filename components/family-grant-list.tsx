import type { GrantScope, GrantView } from "@/lib/family/client";
import { format, formatInstantDay, relativeLabel, type Locale, type Messages } from "@/lib/i18n";
import { FamilyGrantButton, type GrantAction as Action } from "./family-grant-button";

const statusTone: Record<GrantView["status"], string> = {
  pending: "bg-amber-100 text-amber-900",
  active: "bg-emerald-100 text-emerald-900",
  not_yet_valid: "bg-slate-100 text-slate-800",
  expired: "bg-slate-100 text-slate-800",
  ended: "bg-slate-100 text-slate-800",
};

/** "a、b、c" / "a, b and c". */
function joinList(items: string[], m: Messages["family"]["list"]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(m.separator)}${m.last}${items[items.length - 1]}`;
}

/** What the grant allows, as one sentence from the reader's side: "您允许 周*伟（儿子）查看您的医保待遇…" / "周*华（父亲）允许您查看 TA 的…". */
export function grantSentence(grant: GrantView, direction: "given" | "received", m: Messages["family"]): string {
  const words = direction === "given" ? m.scopes : m.scopesReceived;
  const scopes = joinList(grant.scopes.map((scope: GrantScope) => words[scope]), m.list);
  return format(m[direction].sentence, { who: relativeLabel(grant.other, m), scopes });
}

function dates(grant: GrantView, locale: Locale, m: Messages["family"]): string {
  const day = (iso: string) => formatInstantDay(iso, locale);
  if (grant.endedAt && grant.endedBy) return format(m.endedBy[grant.endedBy], { date: day(grant.endedAt) });
  const since = format(m.since, { date: day(grant.validFrom) });
  return `${since} · ${grant.validTo ? format(m.until, { date: day(grant.validTo) }) : m.noEnd}`;
}

/**
 * Grants given or received, each read from the reader's side: who the other person is (name and
 * relation), what it allows in one sentence, its dates, and what the reader may do with it —
 * accept one offered to them, act for the person, leave it, or end one they gave.
 */
export function FamilyGrantList({
  grants, direction, acceptAction, endAction, locale, m,
}: { grants: GrantView[]; direction: "given" | "received"; acceptAction: Action; endAction: Action; locale: Locale; m: Messages["family"] }) {
  const texts = m[direction];
  return (
    <section aria-labelledby={`${direction}-title`} className="space-y-3">
      <h2 id={`${direction}-title`} className="text-xl font-semibold">{texts.heading}</h2>
      {grants.length === 0 ? <p className="text-muted">{texts.empty}</p> : null}
      <ul className="space-y-3">
        {grants.map((grant) => {
          const open = grant.status === "pending" || grant.status === "active" || grant.status === "not_yet_valid";
          const pending = grant.status === "pending";
          return (
            <li key={grant.id} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4" data-testid={`grant-${direction}`} data-status={grant.status}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="min-w-0 text-lg font-semibold [overflow-wrap:anywhere]">{relativeLabel(grant.other, m)}</p>
                <span className={`shrink-0 rounded-full px-3 py-1 text-sm font-medium ${statusTone[grant.status]}`}>
                  {pending ? texts.status : m.status[grant.status]}
                </span>
              </div>
              <p className="text-slate-900" data-testid="grant-sentence">{grantSentence(grant, direction, m)}</p>
              {grant.other.maskedName !== null && grant.other.maskedPhone ? <p className="text-sm text-muted">{grant.other.maskedPhone}</p> : null}
              <p className="text-sm text-muted">{dates(grant, locale, m)}</p>
              {pending ? <p className="font-medium text-amber-900">{texts.pending}</p> : null}
              {open ? <GrantActions grant={grant} direction={direction} acceptAction={acceptAction} endAction={endAction} m={m} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function GrantActions({ grant, direction, acceptAction, endAction, m }: { grant: GrantView; direction: "given" | "received"; acceptAction: Action; endAction: Action; m: Messages["family"] }) {
  if (direction === "given") {
    return <FamilyGrantButton action={endAction} grantId={grant.id} tone="danger" label={m.given.end} done={m.given.ended} confirm={m.given.confirmEnd} />;
  }
  if (grant.status === "pending") {
    return (
      <div className="flex flex-wrap gap-3">
        <FamilyGrantButton action={acceptAction} grantId={grant.id} label={m.received.accept} done={m.received.accepted} tone="primary" />
        <FamilyGrantButton action={endAction} grantId={grant.id} tone="danger" label={m.received.decline} done={m.received.left} />
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {grant.status === "active" && grant.scopes.includes("view_coverage") ? (
        // A plain link: following it makes the app act for them (see /act-for).
        <a href={`/?for=${grant.grantorPersonId}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{m.received.open}</a>
      ) : null}
      <p className="text-sm text-muted">{m.received.leaveHint}</p>
      <FamilyGrantButton action={endAction} grantId={grant.id} tone="danger" label={m.received.leave} done={m.received.left} confirm={m.received.confirmLeave} />
    </div>
  );
}

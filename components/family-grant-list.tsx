import type { GrantView } from "@/lib/family/client";
import { format, formatInstantDay, type Locale, type Messages } from "@/lib/i18n";
import { FamilyGrantButton, type GrantAction as Action } from "./family-grant-button";

const statusTone: Record<GrantView["status"], string> = {
  pending: "bg-amber-100 text-amber-900",
  active: "bg-emerald-100 text-emerald-900",
  not_yet_valid: "bg-slate-100 text-slate-800",
  expired: "bg-slate-100 text-slate-800",
  ended: "bg-slate-100 text-slate-800",
};

/** Grants given or received, each with what it allows, its dates and what can be done with it. */
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
          const who = format(direction === "given" ? m.given.to : m.received.from, { who: grant.otherParty });
          return (
            <li key={grant.id} className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4" data-testid={`grant-${direction}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-lg font-semibold">{who}</p>
                <span className={`rounded-full px-3 py-1 text-sm font-medium ${statusTone[grant.status]}`}>{m.status[grant.status]}</span>
              </div>
              <ul className="list-inside list-disc text-slate-800">
                {grant.scopes.map((scope) => <li key={scope}>{m.scopes[scope]}</li>)}
              </ul>
              <p className="text-sm text-muted">{grant.validTo ? format(m.until, { date: formatInstantDay(grant.validTo, locale) }) : m.noEnd}</p>
              {open ? (
                <div className="flex flex-wrap gap-3">
                  {direction === "received" && grant.status === "pending" ? (
                    <FamilyGrantButton action={acceptAction} grantId={grant.id} label={m.accept} done={m.accepted} tone="primary" />
                  ) : null}
                  <FamilyGrantButton
                    action={endAction} grantId={grant.id} tone="danger" done={m.ended}
                    label={direction === "received" && grant.status === "pending" ? m.decline : m.end}
                    confirm={m.confirmEnd}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import type { ActingForOption } from "@/lib/family";
import { relationWord, type Messages } from "@/lib/i18n";

/**
 * Home's switcher among the people the account may act for. A link's `?for=` is remembered for
 * the browser session by /act-for and authorised again on every request, for every screen, so
 * an ended grant is refused at once. Plain links (no prefetch): following one changes the choice.
 */
export function PersonSwitcher({ options, current, m: family }: { options: ActingForOption[]; current: string; m: Messages["family"] }) {
  if (options.length < 2) return null;
  const m = family.switcher;
  return (
    <nav aria-label={m.label} className="rounded-2xl border border-slate-200 bg-white p-3">
      <p className="mb-2 text-sm font-medium text-muted" aria-hidden="true">{m.label}</p>
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => {
          const selected = option.personId === current;
          // Who they are to the account (儿子, 父亲 …), or how it may act for them when that is not on record.
          const tag = option.via === "self" ? m.self : (relationWord(option.relation, option.gender, family) ?? (option.via === "guardian" ? m.dependant : m.grant));
          return (
            <li key={option.personId}>
              <a
                href={`/?for=${option.via === "self" ? "self" : option.personId}`}
                aria-current={selected ? "page" : undefined}
                className={`inline-flex min-h-11 items-center gap-2 rounded-full border-2 px-4 font-medium ${selected ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-slate-900"}`}
              >
                <span>{option.maskedName}</span>
                <span className={`text-sm ${selected ? "text-white" : "text-muted"}`}>{tag}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

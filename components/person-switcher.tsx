import Link from "next/link";
import type { ActingForOption } from "@/lib/family/acting-for";
import type { Messages } from "@/lib/i18n/catalogue";

/**
 * Home's switcher among the people the account may act for. "Acting for" is the URL's `?for=`
 * (a person id), checked by authorisePersonAccess on every request: nothing is remembered, so
 * an ended grant is refused at once and a shared device never stays on someone else's data.
 */
export function PersonSwitcher({ options, current, m }: { options: ActingForOption[]; current: string; m: Messages["family"]["switcher"] }) {
  if (options.length < 2) return null;
  return (
    <nav aria-label={m.label} className="rounded-2xl border border-slate-200 bg-white p-3">
      <p className="mb-2 text-sm font-medium text-muted" aria-hidden="true">{m.label}</p>
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => {
          const selected = option.personId === current;
          const tag = option.via === "self" ? m.self : option.via === "guardian" ? m.dependant : m.grant;
          return (
            <li key={option.personId}>
              <Link
                href={option.via === "self" ? "/" : `/?for=${option.personId}`}
                aria-current={selected ? "page" : undefined}
                className={`inline-flex min-h-11 items-center gap-2 rounded-full border-2 px-4 font-medium ${selected ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-slate-900"}`}
              >
                <span>{option.maskedName}</span>
                <span className={`text-sm ${selected ? "text-white" : "text-muted"}`}>{tag}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

"use client";
import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * Shown inside a link while the screen it opens is on its way. The screens render whole on
 * the server (no route-level loading fallback, which would stay on screen forever for a
 * browser without JavaScript), so this is what tells a person the tap was taken.
 */
function OpeningHint({ text }: { text: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span role="status" className="ml-2 inline-flex items-center" data-testid="nav-opening">
      <span aria-hidden="true" className="h-2 w-2 animate-pulse rounded-full bg-brand-700" />
      <span className="sr-only">{text}</span>
    </span>
  );
}

/** The patient screens' main navigation; the current screen is marked for screen readers. */
export function MainNav({ label, openingText, items }: { label: string; openingText: string; items: NavItem[] }) {
  const pathname = usePathname();
  return (
    // Wraps onto a second row rather than scrolling sideways: every screen stays in sight.
    <nav aria-label={label} className="mx-auto max-w-3xl px-2">
      <ul className="flex flex-wrap gap-x-1">
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="inline-flex min-h-11 items-center whitespace-nowrap border-b-4 border-transparent px-3 font-medium text-ink hover:bg-slate-100 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-700"
              >
                {item.label}
                <OpeningHint text={openingText} />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

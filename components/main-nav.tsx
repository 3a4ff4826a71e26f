"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { OpeningHint } from "./opening-hint";

export interface NavItem {
  href: string;
  label: string;
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

import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale, Messages } from "@/lib/i18n";
import type { KioskIdleTimings } from "@/lib/kiosk/client";
import { KioskIdleGuard } from "./kiosk-idle-guard";
import { KioskSignOutButton } from "./kiosk-sign-out-button";
import { LanguageSwitcher } from "./language-switcher";
import { OpeningHint } from "./opening-hint";

export type KioskScreen = "coverage" | "entitlements" | "clinic" | "estimate";

const SCREENS: ReadonlyArray<{ key: KioskScreen; href: string }> = [
  { key: "coverage", href: "/kiosk" },
  { key: "entitlements", href: "/kiosk/entitlements" },
  { key: "clinic", href: "/kiosk/clinic" },
  { key: "estimate", href: "/kiosk/estimate" },
];

/**
 * Every signed-in kiosk screen: the kiosk's name, the language, sign-out, the four screens as
 * large buttons, all under the idle sign-out. A kiosk session never reaches a screen without it
 * (lib/context sends it to these from the phone screens).
 */
export function KioskShell({ current, timings, signOut, locale, m, children }: {
  current: KioskScreen;
  timings: KioskIdleTimings;
  signOut: () => Promise<unknown>;
  locale: Locale;
  m: Messages;
  children: ReactNode;
}) {
  const k = m.kiosk;
  return (
    <KioskIdleGuard idleMs={timings.idleMs} countdownMs={timings.countdownMs} signOut={signOut} m={k}>
      <header className="no-print border-b-2 border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-6 py-4">
          <p className="text-2xl font-bold text-brand-700">{k.title}</p>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitcher locale={locale} m={m} />
            <KioskSignOutButton signOut={signOut} label={k.signOut} />
          </div>
        </div>
        <nav aria-label={k.navLabel} className="mx-auto max-w-5xl px-6 pb-4">
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {SCREENS.map((screen) => (
              <li key={screen.key}>
                <Link
                  href={screen.href}
                  aria-current={screen.key === current ? "page" : undefined}
                  className="flex min-h-14 items-center justify-center rounded-xl border-2 border-brand-700 px-3 text-center font-semibold text-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                >
                  {k.sections[screen.key]}
                  <OpeningHint text={m.common.opening} />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl space-y-6 px-6 py-6">{children}</main>
    </KioskIdleGuard>
  );
}

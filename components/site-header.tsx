import Link from "next/link";
import type { ReactNode } from "react";
import type { ActingForView } from "@/lib/context";
import type { PersonAccessScope } from "@/lib/family/client";
import type { Locale, Messages } from "@/lib/i18n";
import { EasyModeSwitch } from "./easy-mode-switch";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav, type NavItem } from "./main-nav";
import { SignOutForm } from "./sign-out-form";

/**
 * The screens of the navigation. Acting for a relative, a screen the grant does not cover is
 * not offered (and its page refuses it if opened anyway); the account's own screens stay.
 */
function navItems(m: Messages, actingFor: ActingForView | null): NavItem[] {
  const may = (scope: PersonAccessScope) => actingFor === null || ("scopes" in actingFor && actingFor.scopes.includes(scope));
  const items: Array<NavItem | false> = [
    { href: "/", label: m.common.nav.home },
    may("view_coverage") && { href: "/clinic", label: m.common.nav.clinic },
    may("view_coverage") && { href: "/entitlements", label: m.common.nav.entitlements },
    may("estimate") && { href: "/estimate", label: m.estimate.title },
    { href: "/family", label: m.family.nav },
    { href: "/settings", label: m.common.nav.settings },
  ];
  return items.filter((item): item is NavItem => item !== false);
}

export function SiteHeader({ locale, m, easyMode, signOut, actingFor, children }: {
  locale: Locale;
  m: Messages;
  easyMode: boolean;
  signOut: (formData: FormData) => Promise<void>;
  actingFor: ActingForView | null;
  /** Under the navigation: the acting-for banner, on every screen while it applies. */
  children?: ReactNode;
}) {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {m.common.skipToContent}
      </a>
      {/* Phones: the name and "sign out" on the first row, the two switches under them, so
          easy mode's larger text and longer English labels never squeeze the name. Wider
          screens: one row. The reading order is the visual order on both. */}
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto whitespace-nowrap text-xl font-bold text-brand-700">{m.common.appName}</Link>
        <SignOutForm action={signOut} label={m.common.signOut} />
        <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
          <EasyModeSwitch easy={easyMode} m={m.easy} />
          <LanguageSwitcher locale={locale} m={m} />
        </div>
      </div>
      <MainNav label={m.common.mainNav} openingText={m.common.opening} items={navItems(m, actingFor)} />
      {children}
    </header>
  );
}

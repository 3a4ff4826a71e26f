import Link from "next/link";
import { signOutAction } from "@/app/sign-in/actions";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { EasyModeSwitch } from "./easy-mode-switch";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { SignOutForm } from "./sign-out-form";

export function SiteHeader({ locale, m }: { locale: Locale; m: Messages }) {
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
        <SignOutForm action={signOutAction} label={m.common.signOut} />
        <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
          <EasyModeSwitch m={m.easy} />
          <LanguageSwitcher locale={locale} m={m} />
        </div>
      </div>
      <MainNav
        label={m.common.mainNav}
        openingText={m.common.opening}
        items={[
          { href: "/", label: m.common.nav.home },
          { href: "/clinic", label: m.common.nav.clinic },
          { href: "/entitlements", label: m.common.nav.entitlements },
          { href: "/estimate", label: m.estimate.title },
          { href: "/family", label: m.family.nav },
          { href: "/settings", label: m.common.nav.settings },
        ]}
      />
    </header>
  );
}

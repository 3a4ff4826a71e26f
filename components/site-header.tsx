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
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-700">{m.common.appName}</Link>
        <div className="flex items-center gap-2">
          <EasyModeSwitch m={m.easy} />
          <LanguageSwitcher locale={locale} m={m} />
          <SignOutForm action={signOutAction} label={m.common.signOut} />
        </div>
      </div>
      <MainNav
        label={m.common.mainNav}
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

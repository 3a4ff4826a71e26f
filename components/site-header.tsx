import Link from "next/link";
import { signOutAction } from "@/app/sign-in/actions";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader({ locale, m }: { locale: Locale; m: Messages }) {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {m.common.skipToContent}
      </a>
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-700">{m.common.appName}</Link>
        <div className="flex items-center gap-2">
          <LanguageSwitcher locale={locale} m={m} />
          <form action={signOutAction}>
            <button type="submit" className="min-h-11 rounded-lg px-3 text-sm font-medium text-ink underline hover:bg-slate-100">
              {m.common.signOut}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}

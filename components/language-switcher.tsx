import { setLocaleAction } from "@/lib/context/actions";
import { localize, type Locale, type Messages } from "@/lib/i18n";

/** A plain form so that switching works with or without JavaScript. */
export function LanguageSwitcher({ locale, m }: { locale: Locale; m: Messages }) {
  const other: Locale = localize(locale, "en", "zh-CN");
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={m.common.switchToOtherLabel}
        className="min-h-11 whitespace-nowrap rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-ink hover:bg-slate-100"
      >
        {m.common.switchToOther}
      </button>
    </form>
  );
}

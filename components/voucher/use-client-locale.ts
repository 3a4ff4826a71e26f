"use client";
import { useEffect, useState } from "react";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n";

/**
 * The language the person chose, read from the (script-readable) locale cookie. The code
 * screen's shell is precached once per build and served offline, so it cannot rely on
 * the language it was rendered in.
 */
export function useClientLocale(initial: Locale): Locale {
  const [locale, setLocale] = useState<Locale>(initial);
  useEffect(() => {
    const match = document.cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
    const chosen = toLocale(match?.slice(LOCALE_COOKIE.length + 1));
    setLocale(chosen);
    document.documentElement.lang = chosen;
  }, []);
  return locale;
}

"use client";
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/client";
import { cookieLocale } from "./code-panel";

/**
 * The language the person chose, read from the (script-readable) locale cookie. The code
 * screen's shell is precached once per build and served offline, so it cannot rely on
 * the language it was rendered in.
 */
export function useClientLocale(initial: Locale): Locale {
  const [locale, setLocale] = useState<Locale>(initial);
  useEffect(() => {
    const chosen = cookieLocale(document.cookie);
    setLocale(chosen);
    document.documentElement.lang = chosen;
  }, []);
  return locale;
}

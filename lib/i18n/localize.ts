import type { Locale } from "./locales";

/**
 * The one way to choose between Chinese and English: `localize(locale, facility.name,
 * facility.nameEn)` or `localize(locale, label.zh, label.en)`. Chinese is the source language
 * and the fallback.
 */
export function localize<T>(locale: Locale, zh: T, en: T): T {
  return locale === "en" ? en : zh;
}

/** A `{ zh, en }` pair in the given language. */
export function pick(text: { zh: string; en: string }, locale: Locale): string {
  return localize(locale, text.zh, text.en);
}

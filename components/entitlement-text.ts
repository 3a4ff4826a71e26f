import type { Locale } from "@/lib/i18n/locales";

/** The text of a { zh, en } pair for the page's language. */
export function pick(text: { zh: string; en: string }, locale: Locale): string {
  return locale === "en" ? text.en : text.zh;
}

/** A stable DOM id from a bucket id such as "chronic:diabetes". */
export function domId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^a-z0-9_-]/gi, "-")}`;
}

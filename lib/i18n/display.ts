/**
 * Dates and money as people read them, the same on the server and in the browser: written out by
 * hand (not with Intl) so that a server-rendered figure and its hydrated copy never differ, and
 * always in China time, where policy days are counted.
 */
import { formatYuan, type Fen } from "@/lib/reimbursement/client";
import type { Locale } from "./locales";
import { localize } from "./localize";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const CHINA_OFFSET_MS = 8 * 3600_000;

/** A calendar day YYYY-MM-DD: "2026年11月22日" / "22 Nov 2026". */
export function formatDay(day: string, locale: Locale): string {
  const [y, m, d] = day.slice(0, 10).split("-").map(Number) as [number, number, number];
  return localize(locale, `${y}年${m}月${d}日`, `${d} ${MONTHS_EN[m - 1]} ${y}`);
}

/** An instant (ISO text or Date) as a China day and time: "2026年11月22日 14:05" / "22 Nov 2026, 14:05". */
export function formatInstant(instant: string | Date, locale: Locale): string {
  const china = new Date(new Date(instant).getTime() + CHINA_OFFSET_MS).toISOString();
  const day = formatDay(china.slice(0, 10), locale);
  const time = china.slice(11, 16);
  return localize(locale, `${day} ${time}`, `${day}, ${time}`);
}

/** An instant's China calendar day as text, for dates shown without a time. */
export function formatInstantDay(instant: string | Date, locale: Locale): string {
  return formatDay(new Date(new Date(instant).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10), locale);
}

/** Integer fen as "¥1,234.50" (the engine's formatYuan, with thousands grouped). */
export function formatFen(fen: Fen): string {
  const text = formatYuan(fen);
  const negative = text.startsWith("-");
  const [whole, cents] = (negative ? text.slice(1) : text).split(".") as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}¥${grouped}.${cents}`;
}

/**
 * Which days of care a counter may settle: today in China time, or — where the region allows
 * late settlement (SETTLEMENT_BACKDATE_DAYS, default 0) — one of the last N days, never in an
 * earlier year. A year's caps and deductibles close with the year (policy years are calendar
 * years), so a bill dated in an earlier year would draw on a cap that is already closed.
 * Browser-safe: the terminal page offers the same window the server enforces.
 */
import { addDaysToDay, chinaDay } from "@/lib/dates";

/** Largest configurable window: a policy year. */
export const MAX_BACKDATE_DAYS = 366;

export interface ServiceDateWindow {
  /** The first day that may be settled (YYYY-MM-DD). */
  earliest: string;
  /** Today in China (YYYY-MM-DD): the last day that may be settled. */
  today: string;
}

/** The window of days a counter may settle at `now`. */
export function serviceDateWindow(now: Date, backdateDays: number): ServiceDateWindow {
  const today = chinaDay(now);
  const back = addDaysToDay(today, -Math.max(0, Math.min(MAX_BACKDATE_DAYS, Math.trunc(backdateDays))));
  const newYear = `${today.slice(0, 4)}-01-01`;
  return { earliest: back < newYear ? newYear : back, today };
}

export type ServiceDateRefusal =
  | { code: "service_date_in_future" }
  | { code: "service_date_previous_year"; year: string }
  | { code: "service_date_not_today" }
  | { code: "service_date_too_early"; earliestDay: string };

/** Why `serviceDate` may not be settled at `now`, or null when it may. */
export function serviceDateRefusal(serviceDate: string, now: Date, backdateDays: number): ServiceDateRefusal | null {
  const { earliest, today } = serviceDateWindow(now, backdateDays);
  if (serviceDate > today) return { code: "service_date_in_future" };
  if (serviceDate.slice(0, 4) < today.slice(0, 4)) return { code: "service_date_previous_year", year: serviceDate.slice(0, 4) };
  if (serviceDate >= earliest) return null;
  return earliest === today ? { code: "service_date_not_today" } : { code: "service_date_too_early", earliestDay: earliest };
}

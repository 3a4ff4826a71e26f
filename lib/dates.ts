/** Calendar day in China Standard Time (UTC+8, no daylight saving): policy years and dates follow it. */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Whole years of age on `day`, from a birth date (both YYYY-MM-DD): the birthday itself counts. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `day` plus `days` calendar days, both YYYY-MM-DD (negative `days` go back). */
export function addDaysToDay(day: string, days: number): string {
  if (!ISO_DAY.test(day)) throw new RangeError(`not a calendar day: ${day}`);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

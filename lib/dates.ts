/** Calendar day in China Standard Time (UTC+8, no daylight saving): policy years and dates follow it. */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * HH:MM:SS on the phone's own clock, 24-hour, the same in both languages. Written out by
 * hand because the first Intl.DateTimeFormat of a page load costs tens of milliseconds on a
 * slow phone, and the code screen has a 300 ms budget to show its code.
 */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** Easy mode (大字简洁模式) is remembered on the device in a cookie, so the server renders it without a flash. */
export const EASY_MODE_COOKIE = "yb_easy";

export function isEasyValue(value: string | undefined): boolean {
  return value === "1";
}

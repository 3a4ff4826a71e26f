/** The kiosk's rules a browser may load (no schema library): the idle timings and where a kiosk session goes. */

/** A kiosk signs out after 60 s without a touch, preceded by a visible 10 s countdown. */
export const KIOSK_IDLE_MS = 60_000;
export const KIOSK_COUNTDOWN_MS = 10_000;

export interface KioskIdleTimings {
  idleMs: number;
  countdownMs: number;
}

/**
 * Where a kiosk session goes instead of a phone screen it asked for (typed into the address bar,
 * or a bookmark): the kiosk's own screen for the same thing, which is under the idle sign-out.
 */
export function kioskPathFor(path: string): string {
  for (const [prefix, kioskPath] of [["/entitlements", "/kiosk/entitlements"], ["/clinic", "/kiosk/clinic"], ["/estimate", "/kiosk/estimate"]] as const) {
    if (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)) return kioskPath;
  }
  return "/kiosk";
}

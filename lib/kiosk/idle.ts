import { z } from "zod";

/** A kiosk signs out after 60 s without a touch, preceded by a visible 10 s countdown. */
export const KIOSK_IDLE_MS = 60_000;
export const KIOSK_COUNTDOWN_MS = 10_000;

export interface KioskIdleTimings {
  idleMs: number;
  countdownMs: number;
}

const seconds = z.coerce.number().int().min(1).max(600);

/**
 * The timings for this page. `?idle=` and `?countdown=` (seconds) are honoured only in demo mode,
 * so tests can shorten them; everywhere else the defaults hold.
 */
export function kioskIdleTimings(params: { idle?: unknown; countdown?: unknown }, demoMode: boolean): KioskIdleTimings {
  if (!demoMode) return { idleMs: KIOSK_IDLE_MS, countdownMs: KIOSK_COUNTDOWN_MS };
  const idle = seconds.safeParse(params.idle);
  const countdown = seconds.safeParse(params.countdown);
  return {
    idleMs: idle.success ? idle.data * 1000 : KIOSK_IDLE_MS,
    countdownMs: countdown.success ? countdown.data * 1000 : KIOSK_COUNTDOWN_MS,
  };
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

/** A kiosk page's idle timings, read from its address (shortened only in demo mode, for tests). */
import { z } from "zod";
import { KIOSK_COUNTDOWN_MS, KIOSK_IDLE_MS, type KioskIdleTimings } from "./rules";

export { KIOSK_COUNTDOWN_MS, KIOSK_IDLE_MS, type KioskIdleTimings } from "./rules";

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

/**
 * Retention: the auxiliary tables — codes, tokens, challenges, counters, sessions — hold rows
 * only while they can still matter, so they stay bounded however much traffic (or abuse) the
 * service sees. Every server process runs the purge on a timer (lib/startup); the rules are
 * idempotent, so several instances purging at once is harmless. docs/security.md, "Retention".
 */
import "server-only";
import { lt, or, isNotNull, and } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { otpChallenges, rateLimits, sessions, settlementTokens, usedVoucherCodes, webauthnChallenges } from "@/lib/db/schema";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long past its end each kind of row is kept, and why:
 * - sign-in codes: 2 days from their making — the limits count the last 24 hours (lib/auth otp.ts);
 * - passkey challenges: an hour past expiry (they live 5 minutes, and are used once);
 * - rate-limit windows: until the window ends;
 * - sessions: until they expire (a phone's after 30 days, a kiosk's after 15 minutes);
 * - used e-voucher codes: an hour past the code's own expiry, after which it fails as expired;
 * - settlement tokens: a day past expiry (10 minutes), for a counter's questions the same day.
 */
export const RETENTION = {
  otpChallengesMs: 2 * DAY_MS,
  webauthnChallengesMs: HOUR_MS,
  usedVoucherCodesMs: HOUR_MS,
  settlementTokensMs: DAY_MS,
} as const;

export interface PurgeCounts {
  otpChallenges: number;
  webauthnChallenges: number;
  rateLimits: number;
  sessions: number;
  usedVoucherCodes: number;
  settlementTokens: number;
}

const before = (now: Date, ms: number) => new Date(now.getTime() - ms);

/** Deletes every auxiliary row whose time has passed; returns how many of each went. */
export async function purgeExpired(db: Db, now: Date): Promise<PurgeCounts> {
  const gone = async (rows: Promise<unknown[]>) => (await rows).length;
  return {
    otpChallenges: await gone(db.delete(otpChallenges).where(lt(otpChallenges.createdAt, before(now, RETENTION.otpChallengesMs))).returning({ id: otpChallenges.id })),
    webauthnChallenges: await gone(
      db
        .delete(webauthnChallenges)
        .where(or(lt(webauthnChallenges.expiresAt, before(now, RETENTION.webauthnChallengesMs)), and(isNotNull(webauthnChallenges.consumedAt), lt(webauthnChallenges.expiresAt, now))))
        .returning({ id: webauthnChallenges.id }),
    ),
    rateLimits: await gone(db.delete(rateLimits).where(lt(rateLimits.expiresAt, now)).returning({ key: rateLimits.key })),
    sessions: await gone(db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id })),
    usedVoucherCodes: await gone(db.delete(usedVoucherCodes).where(lt(usedVoucherCodes.expiresAt, before(now, RETENTION.usedVoucherCodesMs))).returning({ fingerprint: usedVoucherCodes.fingerprint })),
    settlementTokens: await gone(db.delete(settlementTokens).where(lt(settlementTokens.expiresAt, before(now, RETENTION.settlementTokensMs))).returning({ id: settlementTokens.id })),
  };
}

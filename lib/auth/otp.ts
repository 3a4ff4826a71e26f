import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { runTransaction, type Db } from "@/lib/db";
import { otpChallenges, users } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { enforceRateLimit, hitRateLimit, RateLimitedError, refuseWhenLimited } from "@/lib/rate-limit";
import { hmacHex } from "./secret";
import type { CodeSender } from "./sms-sender";
import { equalHex, newOtpCode } from "./tokens";

/*
 * One-time sign-in codes, and the limits that keep them from being guessed, sprayed or used to
 * lock someone out (docs/security.md, "Sign-in limits"):
 *
 *   - a code belongs to the browser that asked for it, with 5 tries: a stranger's wrong guesses
 *     never touch the owner's code;
 *   - one browser and phone: a new code after 1, 2, 4 … minutes (at most 30), 10 a day, 20 wrong
 *     tries a day; one browser, any phones: 20 codes an hour (an enrolled kiosk: 240);
 *   - one client address: 300 codes an hour for browsers that never signed in here (a service
 *     hall behind one address keeps working, its regulars are not counted at all);
 *   - one phone, across all browsers: past 10 codes in an hour or 30 wrong tries in a day, the
 *     phone is guarded: its code becomes 12 digits (10¹² possibilities), one at a time, sent by
 *     SMS at most every 15 minutes and usable from any browser. The owner reads it on the phone
 *     and signs in, which lifts the guard; a stranger can neither guess it nor stop it.
 */

export const OTP_LIFETIME_MS = 5 * 60 * 1000;
export const OTP_MAX_ATTEMPTS = 5;
export const GUARD_CODE_LIFETIME_MS = 15 * 60 * 1000;
export const GUARD_CODE_LENGTH = 12;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const RESEND_LONGEST_WAIT_MS = 30 * 60 * 1000;
const CODES_PER_PHONE_AND_DEVICE_PER_DAY = 10;
const WRONG_TRIES_PER_PHONE_AND_DEVICE_PER_DAY = 20;
const CODES_PER_KIOSK_PER_HOUR = 240;

/** The limits of lib/env.ts (OTP_…), each counted in the database so every instance shares them. */
export interface OtpLimits {
  /** Codes for one phone in an hour, across browsers, before the phone is guarded. */
  perPhonePerHour: number;
  /** Wrong tries for one phone in a day, across browsers, before the phone is guarded. */
  wrongTriesPerPhonePerDay: number;
  /** Codes one browser may ask for in an hour, whatever the numbers. */
  perDevicePerHour: number;
  /** Codes for browsers that never signed in here, per client address and hour. */
  perAddressPerHour: number;
  /** One browser and phone: the wait before the second code (it doubles for each one after, up to 30 minutes). */
  resendWaitMs?: number;
}

/** Who asks: the browser (lib/auth device.ts), its address, and the enrolled kiosk it is, if any. */
export interface CodeRequester {
  device: { hash: string; known: boolean };
  address: string;
  kioskId?: string | null;
}

export interface IssuedCode {
  /** The code made for this request; null when the phone's guarded code was already sent. */
  code: string | null;
  codeLength: 6 | 12;
  expiresAt: Date;
}

const noAccount = new DomainError("no_account");

/**
 * Issues a code for the phone and sends it. The code is returned so that demo mode can show it;
 * callers outside demo mode must not reveal it. An unknown number is refused in demo mode
 * ("refuse", the demo accounts are listed anyway); otherwise it gets the same answer as a known
 * one and a code that never works ("pretend"), so the form cannot be used to find numbers.
 */
export async function requestSignInCode(
  db: Db,
  phone: string,
  requester: CodeRequester,
  sender: CodeSender,
  now: Date,
  limits: OtpLimits,
  options: { unknownNumbers: "refuse" | "pretend" } = { unknownNumbers: "pretend" },
): Promise<IssuedCode> {
  // Counted before the account check, so the limits slow down probing for numbers too.
  if (!requester.device.known) {
    await enforceRateLimit(db, { key: `otp-address:${requester.address}`, limit: limits.perAddressPerHour, windowMs: HOUR_MS }, now);
  }
  const perBrowser = requester.kioskId
    ? { key: `otp-kiosk:${requester.kioskId}`, limit: CODES_PER_KIOSK_PER_HOUR, windowMs: HOUR_MS }
    : { key: `otp-device:${requester.device.hash}`, limit: limits.perDevicePerHour, windowMs: HOUR_MS };
  await enforceRateLimit(db, perBrowser, now);

  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.phone, phone));
  if (!account && options.unknownNumbers === "refuse") throw noAccount;

  if (await phoneIsGuarded(db, phone, now, limits)) return issueGuardedCode(db, phone, account ? sender : null, now);

  await refuseUntilBackedOff(db, phone, requester.device.hash, now, limits.resendWaitMs ?? 60_000);
  const code = newOtpCode();
  const expiresAt = new Date(now.getTime() + OTP_LIFETIME_MS);
  // An unknown number's code is stored with a hash nothing matches: the same rows, the same limits.
  const codeHash = account ? hashCode(phone, code) : hmacHex("no-account", `${phone}:${now.getTime()}:${newOtpCode()}`);
  await db.insert(otpChallenges).values({ phone, codeHash, createdAt: now, expiresAt, deviceHash: requester.device.hash });
  if (!account) return { code: null, codeLength: 6, expiresAt };
  await sender.sendCode(phone, code);
  return { code, codeLength: 6, expiresAt };
}

/** Checks a code for the phone from this browser; returns the account's user id. */
export async function verifySignInCode(db: Db, phone: string, code: string, requester: CodeRequester, now: Date, limits: OtpLimits): Promise<string> {
  const wrongTries = { key: `otp-wrong:${hmacHex("limit-key", phone)}:${requester.device.hash}`, limit: WRONG_TRIES_PER_PHONE_AND_DEVICE_PER_DAY, windowMs: DAY_MS };
  await refuseWhenLimited(db, wrongTries, now);
  const guarded = await phoneIsGuarded(db, phone, now, limits);
  // The transaction returns its outcome instead of throwing, so that a wrong try's attempt
  // count is committed (a throw would roll it back and allow unlimited guesses).
  const outcome = await runTransaction(db, async (tx): Promise<DomainError | string> => {
    const open = and(eq(otpChallenges.phone, phone), isNull(otpChallenges.consumedAt));
    const [challenge] = await tx
      .select()
      .from(otpChallenges)
      .where(guarded ? and(open, eq(otpChallenges.longCode, true)) : and(open, eq(otpChallenges.longCode, false), eq(otpChallenges.deviceHash, requester.device.hash)))
      .orderBy(desc(otpChallenges.createdAt))
      .limit(1)
      .for("update");
    if (guarded && (!challenge || challenge.expiresAt.getTime() <= now.getTime() || code.length !== GUARD_CODE_LENGTH)) return new DomainError("code_guarded");
    if (!challenge) return new DomainError("code_missing");
    if (challenge.expiresAt.getTime() <= now.getTime()) return new DomainError("code_expired");
    if (!guarded && challenge.attempts >= OTP_MAX_ATTEMPTS) return new DomainError("code_locked");
    if (!equalHex(challenge.codeHash, hashCode(phone, code))) {
      await tx.update(otpChallenges).set({ attempts: challenge.attempts + 1 }).where(eq(otpChallenges.id, challenge.id));
      // A guarded code is never used up by wrong tries (that would let a stranger stop the owner).
      if (guarded) return new DomainError("code_wrong", { triesLeft: OTP_MAX_ATTEMPTS });
      const left = OTP_MAX_ATTEMPTS - challenge.attempts - 1;
      return left > 0 ? new DomainError("code_wrong", { triesLeft: left }) : new DomainError("code_wrong_last");
    }
    await tx.update(otpChallenges).set({ consumedAt: now }).where(eq(otpChallenges.id, challenge.id));
    const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.phone, phone));
    return account ? account.id : noAccount;
  });
  if (outcome instanceof DomainError) {
    if (outcome.code === "code_wrong" || outcome.code === "code_wrong_last") {
      const counted = await hitRateLimit(db, wrongTries, now);
      // A guarded code has no tries of its own: what is left is this browser's for the day.
      if (guarded) throw counted.remaining > 0 ? new DomainError("code_wrong", { triesLeft: counted.remaining }) : new DomainError("code_wrong_last");
    }
    throw outcome;
  }
  return outcome;
}

/** Whether the phone is guarded: too many codes in the last hour or wrong tries in the last day, since its last sign-in. */
export async function phoneIsGuarded(db: Db, phone: string, now: Date, limits: OtpLimits): Promise<boolean> {
  const hourAgo = new Date(now.getTime() - HOUR_MS).toISOString();
  const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();
  const result = (await db.execute(sql`
    select
      count(*) filter (where not long_code and created_at > ${hourAgo}::timestamptz) as sent,
      coalesce(sum(attempts), 0) as wrong
    from otp_challenges
    where phone = ${phone}
      and created_at > ${dayAgo}::timestamptz
      and created_at > coalesce((select max(consumed_at) from otp_challenges where phone = ${phone}), '-infinity'::timestamptz)
  `)) as unknown as { rows: { sent: number | string; wrong: number | string }[] };
  const row = result.rows[0];
  return Number(row?.sent ?? 0) >= limits.perPhonePerHour || Number(row?.wrong ?? 0) >= limits.wrongTriesPerPhonePerDay;
}

/** One browser and phone: 1, 2, 4 … minutes between codes (at most 30), 10 a day, counted since the last sign-in. */
async function refuseUntilBackedOff(db: Db, phone: string, deviceHash: string, now: Date, firstWaitMs: number): Promise<void> {
  const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();
  const result = (await db.execute(sql`
    select count(*) as sent, min(created_at) as first_at, max(created_at) as last_at
    from otp_challenges
    where phone = ${phone} and device_hash = ${deviceHash} and not long_code
      and created_at > ${dayAgo}::timestamptz
      and created_at > coalesce((select max(consumed_at) from otp_challenges where phone = ${phone} and device_hash = ${deviceHash}), '-infinity'::timestamptz)
  `)) as unknown as { rows: { sent: number | string; first_at: string | Date | null; last_at: string | Date | null }[] };
  const row = result.rows[0];
  const sent = Number(row?.sent ?? 0);
  if (sent === 0 || !row?.last_at || !row.first_at) return;
  if (sent >= CODES_PER_PHONE_AND_DEVICE_PER_DAY) throw retryAt(new Date(new Date(row.first_at).getTime() + DAY_MS), now);
  const wait = Math.min(RESEND_LONGEST_WAIT_MS, firstWaitMs * 2 ** (sent - 1));
  const allowedAt = new Date(new Date(row.last_at).getTime() + wait);
  if (allowedAt.getTime() > now.getTime()) throw retryAt(allowedAt, now);
}

/** The guarded phone's one long code: the open one (no new SMS), or a new one when none is open. */
async function issueGuardedCode(db: Db, phone: string, sender: CodeSender | null, now: Date): Promise<IssuedCode> {
  const [open] = await db
    .select({ expiresAt: otpChallenges.expiresAt })
    .from(otpChallenges)
    .where(and(eq(otpChallenges.phone, phone), eq(otpChallenges.longCode, true), isNull(otpChallenges.consumedAt), gt(otpChallenges.expiresAt, now)))
    .orderBy(desc(otpChallenges.createdAt))
    .limit(1);
  if (open) return { code: null, codeLength: GUARD_CODE_LENGTH, expiresAt: open.expiresAt };
  const code = newOtpCode() + newOtpCode();
  const expiresAt = new Date(now.getTime() + GUARD_CODE_LIFETIME_MS);
  const codeHash = sender ? hashCode(phone, code) : hmacHex("no-account", `${phone}:${now.getTime()}:${code}`);
  await db.insert(otpChallenges).values({ phone, codeHash, createdAt: now, expiresAt, longCode: true });
  if (!sender) return { code: null, codeLength: GUARD_CODE_LENGTH, expiresAt };
  await sender.sendCode(phone, code);
  return { code, codeLength: GUARD_CODE_LENGTH, expiresAt };
}

function retryAt(instant: Date, now: Date): RateLimitedError {
  return new RateLimitedError(Math.max(1, Math.ceil((instant.getTime() - now.getTime()) / 1000)));
}

function hashCode(phone: string, code: string): string {
  // Keyed by the server's secret, and bound to the phone so a row cannot be replayed for another number.
  return hmacHex("sign-in-code", `${phone}:${code}`);
}

import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { runTransaction, type Db } from "@/lib/db";
import { otpChallenges, users } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import type { CodeSender } from "./sms-sender";
import { equalHex, newOtpCode, sha256Hex } from "./tokens";

export const OTP_LIFETIME_MS = 5 * 60 * 1000;
export const OTP_MAX_ATTEMPTS = 5;
const HOUR_MS = 60 * 60 * 1000;

/** How many codes may be sent per hour; counted in the database so every app instance shares them. */
export interface OtpSendLimits {
  perPhonePerHour: number;
  perAddressPerHour: number;
  /** The client's address (or "unknown" when no proxy reports it). */
  address: string;
}

const noAccount = new DomainError("no_account");

/**
 * Issues a new code for a known account's phone and sends it. The code is returned so that
 * demo mode can show it on screen; callers outside demo mode must not reveal it.
 */
export async function requestSignInCode(
  db: Db,
  phone: string,
  sender: CodeSender,
  now: Date,
  limits: OtpSendLimits,
): Promise<{ challengeId: string; code: string; expiresAt: Date }> {
  // Counted before the account check, so the limits also slow down probing for registered numbers.
  await enforceRateLimit(db, { key: `otp-address:${limits.address}`, limit: limits.perAddressPerHour, windowMs: HOUR_MS }, now);
  await enforceRateLimit(db, { key: `otp-phone:${phone}`, limit: limits.perPhonePerHour, windowMs: HOUR_MS }, now);
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.phone, phone));
  if (!account) throw noAccount;
  const code = newOtpCode();
  const expiresAt = new Date(now.getTime() + OTP_LIFETIME_MS);
  const [challenge] = await db
    .insert(otpChallenges)
    .values({ phone, codeHash: hashCode(phone, code), createdAt: now, expiresAt })
    .returning({ id: otpChallenges.id });
  await sender.sendCode(phone, code);
  return { challengeId: challenge!.id, code, expiresAt };
}

/** Checks a code against the newest open challenge for the phone; returns the account's user id. */
export async function verifySignInCode(db: Db, phone: string, code: string, now: Date): Promise<string> {
  // The transaction returns its outcome instead of throwing, so that a wrong try's
  // attempt count is committed (a throw would roll it back and allow unlimited guesses).
  const outcome = await runTransaction(db, async (tx): Promise<DomainError | string> => {
    const [challenge] = await tx
      .select()
      .from(otpChallenges)
      .where(and(eq(otpChallenges.phone, phone), isNull(otpChallenges.consumedAt)))
      .orderBy(desc(otpChallenges.createdAt))
      .limit(1)
      .for("update");
    if (!challenge) return new DomainError("code_missing");
    if (challenge.expiresAt.getTime() <= now.getTime()) {
      return new DomainError("code_expired");
    }
    if (challenge.attempts >= OTP_MAX_ATTEMPTS) {
      return new DomainError("code_locked");
    }
    if (!equalHex(challenge.codeHash, hashCode(phone, code))) {
      await tx
        .update(otpChallenges)
        .set({ attempts: challenge.attempts + 1 })
        .where(eq(otpChallenges.id, challenge.id));
      const left = OTP_MAX_ATTEMPTS - challenge.attempts - 1;
      return new DomainError("code_wrong", { triesLeft: Math.max(0, left) });
    }
    await tx.update(otpChallenges).set({ consumedAt: now }).where(eq(otpChallenges.id, challenge.id));
    const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.phone, phone));
    return account ? account.id : noAccount;
  });
  if (outcome instanceof DomainError) throw outcome;
  return outcome;
}

function hashCode(phone: string, code: string): string {
  // Bound to the phone so a leaked hash table row cannot be replayed for another number.
  return sha256Hex(`${phone}:${code}`);
}



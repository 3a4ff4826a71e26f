import "server-only";
import { eq } from "drizzle-orm";
import { authenticateTerminal } from "@/lib/auth";
import { createSession } from "@/lib/auth";
import { sha256Hex } from "@/lib/auth";
import { loadDevicePublicKey } from "@/lib/devices";
import type { Db } from "@/lib/db";
import { devices, people, sessions, usedVoucherCodes, users } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { codeExpiresAt, codeFingerprint, verifyVoucherCode } from "@/lib/voucher";

// Sign-in attempts per kiosk; a hall kiosk serves one person at a time.
const KIOSK_SCAN_LIMIT = { limit: 30, windowMs: 60_000 };

/** A kiosk session ends by itself after this long, even if nobody touches "sign out" or the idle timer fails. */
export const KIOSK_SESSION_MS = 15 * 60 * 1000;

export const kioskCodeRefused = () =>
  new DomainError("kiosk_code_refused");

/** Starts a short kiosk session for `userId`; the cookie set from it lives only as long as the browser session. */
export async function startKioskSession(db: Db, userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  return createSession(db, userId, now, "kiosk", { kind: "kiosk", lifetimeMs: KIOSK_SESSION_MS });
}

/**
 * Signs in at a kiosk by the person's own code, scanned from their phone: the kiosk is a
 * registered terminal (its key proves it), and the code must be signed by a device of the
 * person's own account — a code shown for a relative under a grant does not sign anyone in.
 * Returns the account's user id. Every failure reads the same.
 */
export async function userFromScannedCode(db: Db, kioskKey: string | null, codeText: string, now: Date): Promise<string> {
  const kiosk = await authenticateTerminal(db, kioskKey, { kind: "kiosk" });
  await enforceRateLimit(db, { key: `kiosk-scan:${kiosk.id}`, ...KIOSK_SCAN_LIMIT }, now);
  const seen: { userId?: string; personId?: string | null } = {};
  const verified = await verifyVoucherCode(codeText, {
    now,
    lookupDeviceKey: async (deviceId) => {
      const [row] = await db
        .select({ userId: devices.userId, personId: devices.personId, spki: devices.publicKeySpki, revokedAt: devices.revokedAt })
        .from(devices)
        .where(eq(devices.id, deviceId));
      if (!row || row.revokedAt !== null) return null;
      seen.userId = row.userId;
      seen.personId = row.personId;
      return loadDevicePublicKey(row.spki);
    },
  });
  if (!verified.ok || verified.value.grantId !== null || !seen.userId || !seen.personId) throw kioskCodeRefused();
  const [owner] = await db
    .select({ userId: users.id })
    .from(people)
    .innerJoin(users, eq(users.personId, people.id))
    .where(eq(people.voucherId, verified.value.voucherId));
  if (!owner || owner.userId !== seen.userId) throw kioskCodeRefused();
  // Spend the code, as a counter does: a photo of it cannot sign the person in again.
  const spent = await db
    .insert(usedVoucherCodes)
    .values({ fingerprint: await codeFingerprint(verified.value), expiresAt: codeExpiresAt(verified.value.issuedAt), usedAt: now, terminalId: kiosk.id })
    .onConflictDoNothing()
    .returning({ fingerprint: usedVoucherCodes.fingerprint });
  if (spent.length === 0) throw kioskCodeRefused();
  return owner.userId;
}

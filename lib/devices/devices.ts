import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { sha256Hex } from "@/lib/auth";
import { runTransaction, type Db } from "@/lib/db";
import { devices, people, sessions } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { maskName } from "@/lib/privacy";
import { importDevicePublicKey, isId } from "@/lib/voucher";
import { deviceLabelFromUserAgent } from "./label";

/**
 * Enough for a person's phones and tablets; stops a script from filling the table.
 * The deployment may change it (`DEVICE_LIMIT_PER_ACCOUNT`); this is the default.
 */
export const DEFAULT_DEVICE_LIMIT = 10;

/** What a phone keeps, next to its private key, to make codes offline. */
export interface RegisteredDevice {
  deviceId: string;
  /** The account's own voucher id; null for an account that only acts under grants. */
  voucherId: string | null;
  maskedName: string | null;
  setUpAt: string;
}

export interface DeviceListItem {
  id: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Set up in the session that is looking at the list. */
  thisSession: boolean;
}

export type DeviceStatus = "active" | "revoked" | "unknown";

const invalidKey = new DomainError("invalid_public_key");
function tooManyDevices(limit: number): DomainError {
  return new DomainError("too_many_devices", { limit });
}

export async function registerDevice(
  db: Db,
  input: { userId: string; personId: string | null; sessionId: string | null; publicKeySpki: string; userAgent: string | null },
  now: Date,
  limit: number = DEFAULT_DEVICE_LIMIT,
): Promise<RegisteredDevice> {
  // The same call that loads a key for verification checks that this one is a P-256 public key.
  if ((await importDevicePublicKey(input.publicKeySpki)) === null) throw invalidKey;
  return runTransaction(db, async (tx) => {
    // A session is one browser: a new key from it (site data cleared, key lost) replaces the old one.
    if (input.sessionId) {
      await tx
        .update(devices)
        .set({ revokedAt: now })
        .where(and(eq(devices.sessionId, input.sessionId), eq(devices.userId, input.userId), isNull(devices.revokedAt)));
    }
    const [active] = await tx
      .select({ n: count() })
      .from(devices)
      .where(and(eq(devices.userId, input.userId), isNull(devices.revokedAt)));
    if ((active?.n ?? 0) >= limit) throw tooManyDevices(limit);
    const [device] = await tx
      .insert(devices)
      .values({
        userId: input.userId,
        personId: input.personId,
        sessionId: input.sessionId,
        publicKeySpki: input.publicKeySpki,
        label: deviceLabelFromUserAgent(input.userAgent),
        userAgent: input.userAgent?.slice(0, 300) ?? null,
        createdAt: now,
      })
      .returning({ id: devices.id });
    const person = input.personId
      ? (await tx.select({ voucherId: people.voucherId, name: people.name }).from(people).where(eq(people.id, input.personId)))[0]
      : undefined;
    return {
      deviceId: device!.id,
      voucherId: person?.voucherId ?? null,
      maskedName: person ? maskName(person.name) : null,
      setUpAt: now.toISOString(),
    };
  });
}

/** The account's devices, newest first, revoked ones included so the person sees what happened. */
export async function listDevices(db: Db, userId: string, currentSessionId: string | null): Promise<DeviceListItem[]> {
  const rows = await db
    .select({
      id: devices.id,
      label: devices.label,
      createdAt: devices.createdAt,
      lastUsedAt: devices.lastUsedAt,
      revokedAt: devices.revokedAt,
      sessionId: devices.sessionId,
    })
    .from(devices)
    .where(eq(devices.userId, userId))
    .orderBy(desc(devices.createdAt));
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    thisSession: currentSessionId !== null && r.sessionId === currentSessionId,
  }));
}

/**
 * Revokes one of the account's own devices: its codes fail from the next scan, because
 * verification reads the device row every time. The session that set the device up is
 * ended too (unless it is the one asking), so a lost phone is also signed out.
 */
export async function revokeDevice(
  db: Db,
  userId: string,
  deviceId: string,
  currentSessionId: string | null,
  now: Date,
): Promise<{ revoked: boolean }> {
  if (!isId(deviceId)) return { revoked: false };
  return runTransaction(db, async (tx) => {
    const [device] = await tx
      .update(devices)
      .set({ revokedAt: now })
      .where(and(eq(devices.id, deviceId), eq(devices.userId, userId), isNull(devices.revokedAt)))
      .returning({ sessionId: devices.sessionId });
    if (!device) return { revoked: false };
    if (device.sessionId && device.sessionId !== currentSessionId) {
      await tx.delete(sessions).where(eq(sessions.id, device.sessionId));
    }
    return { revoked: true };
  });
}

/** Whether a device the phone remembers is still usable by this account. */
export async function getDeviceStatus(db: Db, userId: string, deviceId: string): Promise<DeviceStatus> {
  if (!isId(deviceId)) return "unknown";
  const [row] = await db
    .select({ revokedAt: devices.revokedAt })
    .from(devices)
    .where(and(eq(devices.id, deviceId), eq(devices.userId, userId)));
  if (!row) return "unknown";
  return row.revokedAt === null ? "active" : "revoked";
}

/**
 * Signing out revokes the device keys that session set up: the browser forgets its key at
 * the same moment, and a key nobody can use any more should not stay valid either.
 */
export async function revokeSessionDevices(db: Db, sessionToken: string, now: Date): Promise<number> {
  const [session] = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.tokenHash, sha256Hex(sessionToken)));
  if (!session) return 0;
  const revoked = await db
    .update(devices)
    .set({ revokedAt: now })
    .where(and(eq(devices.sessionId, session.id), isNull(devices.revokedAt)))
    .returning({ id: devices.id });
  return revoked.length;
}

import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { runTransaction, type Db } from "@/lib/db";
import { devices, people, sessions, users } from "@/lib/db/schema";
import { newToken, sha256Hex } from "./tokens";

export const SESSION_COOKIE = "yb_session";
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export interface SessionUser {
  sessionId: string;
  userId: string;
  personId: string | null;
  phone: string;
  /** A session at a service-hall kiosk (sessions.kind): its screens are the kiosk's, under the idle sign-out. */
  kiosk: boolean;
}

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  userAgent?: string | null,
  options: { kind?: "phone" | "kiosk"; lifetimeMs?: number } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + (options.lifetimeMs ?? SESSION_LIFETIME_MS));
  await db.insert(sessions).values({
    tokenHash: sha256Hex(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    userAgent: userAgent?.slice(0, 200) ?? null,
    kind: options.kind ?? "phone",
  });
  return { token, expiresAt };
}

export async function findSession(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      userId: users.id,
      personId: users.personId,
      phone: users.phone,
      kind: sessions.kind,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(and(eq(sessions.tokenHash, sha256Hex(token)), gt(sessions.expiresAt, now)));
  if (!row) return null;
  const { kind, ...user } = row;
  return { ...user, kiosk: kind === "kiosk" };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256Hex(token)));
}

export interface SessionSummary {
  id: string;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

export async function listSessions(db: Db, userId: string, currentSessionId: string, now: Date): Promise<SessionSummary[]> {
  const rows = await db
    .select({ id: sessions.id, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)));
  return rows
    .map((r) => ({
      id: r.id,
      userAgent: r.userAgent,
      createdAt: r.createdAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      current: r.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));
}

/**
 * Ends one of the account's sessions. The code-signing keys that browser set up are revoked
 * with it: a person ending the sign-in on a lost phone expects its codes to stop too.
 */
export async function endSession(db: Db, userId: string, sessionId: string, now: Date): Promise<boolean> {
  return runTransaction(db, async (tx) => {
    await tx
      .update(devices)
      .set({ revokedAt: now })
      .where(and(eq(devices.userId, userId), eq(devices.sessionId, sessionId), isNull(devices.revokedAt)));
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
      .returning({ id: sessions.id });
    return ended.length > 0;
  });
}

/**
 * "Sign out everywhere": ends every session of the account, this one included, and revokes
 * every code-signing device, so a lost phone can neither sign in nor show a code that passes.
 */
export async function endAllSessions(db: Db, userId: string, now: Date): Promise<number> {
  return runTransaction(db, async (tx) => {
    await tx.update(devices).set({ revokedAt: now }).where(and(eq(devices.userId, userId), isNull(devices.revokedAt)));
    const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
    return ended.length;
  });
}

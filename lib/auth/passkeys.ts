import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { passkeys, users, webauthnChallenges } from "@/lib/db/schema";
import { DomainError } from "@/lib/errors";
import { maskPhone } from "./phone";

/** The WebAuthn relying party: the site's host name and origin, as the browser sees them. */
export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

/** The relying party of a request's origin (the request context works the origin out). */
export function relyingPartyOf(site: { origin: string; hostname: string }): RelyingParty {
  return { id: site.hostname, origin: site.origin, name: "医保通 Yibao Pass" };
}

const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;

const passkeyFailed = new DomainError("passkey_failed");

export interface PasskeySummary {
  id: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function listPasskeys(db: Db, userId: string): Promise<PasskeySummary[]> {
  const rows = await db
    .select({ id: passkeys.id, label: passkeys.label, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(desc(passkeys.createdAt));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null }));
}

/** Options for navigator.credentials.create, with a stored one-time challenge. */
export async function startPasskeyRegistration(
  db: Db,
  userId: string,
  rp: RelyingParty,
  now: Date,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const [account] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, userId));
  if (!account) throw passkeyFailed;
  const existing = await db.select({ id: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId));
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: maskPhone(account.phone),
    userDisplayName: maskPhone(account.phone),
    userID: new TextEncoder().encode(userId),
    attestationType: "none",
    excludeCredentials: existing.map((c) => ({ id: c.id, transports: c.transports })),
    // A discoverable credential lets the person sign in without typing the phone number.
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await db.insert(webauthnChallenges).values({
    challenge: options.challenge,
    purpose: "register",
    userId,
    expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
  });
  return options;
}

export async function finishPasskeyRegistration(
  db: Db,
  userId: string,
  response: RegistrationResponseJSON,
  rp: RelyingParty,
  label: string,
  now: Date,
): Promise<PasskeySummary> {
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: (challenge) => consumeChallenge(db, challenge, "register", userId, now),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) throw passkeyFailed;
  const { credential } = verification.registrationInfo;
  const [row] = await db
    .insert(passkeys)
    .values({
      userId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString("base64url"),
      counter: credential.counter,
      transports: credential.transports ?? [],
      label: label.slice(0, 60) || "Passkey",
      createdAt: now,
    })
    .returning();
  return { id: row!.id, label: row!.label, createdAt: row!.createdAt.toISOString(), lastUsedAt: null };
}

/** Options for navigator.credentials.get; no account is named, the passkey itself says whose it is. */
export async function startPasskeySignIn(
  db: Db,
  rp: RelyingParty,
  now: Date,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: "preferred" });
  await db.insert(webauthnChallenges).values({
    challenge: options.challenge,
    purpose: "authenticate",
    expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
  });
  return options;
}

/** Verifies a sign-in assertion and returns the account's user id. */
export async function finishPasskeySignIn(
  db: Db,
  response: AuthenticationResponseJSON,
  rp: RelyingParty,
  now: Date,
): Promise<string> {
  const [stored] = await db.select().from(passkeys).where(eq(passkeys.credentialId, response.id));
  if (!stored) throw passkeyFailed;
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: (challenge) => consumeChallenge(db, challenge, "authenticate", null, now),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: {
      id: stored.credentialId,
      publicKey: new Uint8Array(Buffer.from(stored.publicKey, "base64url")),
      counter: stored.counter,
      transports: stored.transports,
    },
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) throw passkeyFailed;
  await db
    .update(passkeys)
    .set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now })
    .where(eq(passkeys.id, stored.id));
  return stored.userId;
}

export async function deletePasskey(db: Db, userId: string, passkeyId: string): Promise<boolean> {
  const deleted = await db
    .delete(passkeys)
    .where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, userId)))
    .returning({ id: passkeys.id });
  return deleted.length > 0;
}

/** Marks a challenge used; true only the first time, before it expires, for the right purpose and account. */
async function consumeChallenge(
  db: Db,
  challenge: string,
  purpose: "register" | "authenticate",
  userId: string | null,
  now: Date,
): Promise<boolean> {
  const conditions = [
    eq(webauthnChallenges.challenge, challenge),
    eq(webauthnChallenges.purpose, purpose),
    isNull(webauthnChallenges.consumedAt),
    gt(webauthnChallenges.expiresAt, now),
  ];
  if (userId) conditions.push(eq(webauthnChallenges.userId, userId));
  const used = await db
    .update(webauthnChallenges)
    .set({ consumedAt: now })
    .where(and(...conditions))
    .returning({ id: webauthnChallenges.id });
  return used.length === 1;
}

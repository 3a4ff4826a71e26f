"use server";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { createSession, finishPasskeySignIn, relyingPartyOf, startPasskeySignIn } from "@/lib/auth";
import { action, NO_ARGUMENTS, setSessionCookie } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";

// Each start stores a challenge for five minutes: a client that asks far more often than a person
// taps "sign in with a passkey" is only filling the table.
const STARTS_PER_ADDRESS = { limit: 60, windowMs: 10 * 60 * 1000 };

export const startPasskeySignInAction = action({ who: "anyone", where: "passkey.sign-in.start", args: NO_ARGUMENTS }, async ({ db, now, client }) => {
  await enforceRateLimit(db, { key: `passkey-start:${client.address}`, ...STARTS_PER_ADDRESS }, now);
  return startPasskeySignIn(db, relyingPartyOf(client), now);
});

// The assertion is verified cryptographically by the library; zod only checks its shape.
const assertionSchema = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string(),
    type: z.literal("public-key"),
    response: z.object({ clientDataJSON: z.string(), authenticatorData: z.string(), signature: z.string() }).loose(),
  })
  .loose();

export const finishPasskeySignInAction = action({ who: "anyone", where: "passkey.sign-in.finish", args: z.tuple([z.unknown()]) }, async ({ db, now, client }, response: unknown) => {
  const parsed = assertionSchema.safeParse(response);
  if (!parsed.success) throw new DomainError("passkey_incomplete");
  const userId = await finishPasskeySignIn(db, parsed.data as unknown as AuthenticationResponseJSON, relyingPartyOf(client), now);
  await setSessionCookie(await createSession(db, userId, now, client.userAgent), client.secure);
  return null;
});

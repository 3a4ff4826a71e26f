"use server";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { createSession, finishPasskeySignIn, relyingPartyOf, startPasskeySignIn } from "@/lib/auth";
import { action, setSessionCookie } from "@/lib/context";
import { DomainError } from "@/lib/errors";

export const startPasskeySignInAction = action({ who: "anyone", where: "passkey.sign-in.start" }, async ({ db, now, client }) =>
  startPasskeySignIn(db, relyingPartyOf(client), now),
);

// The assertion is verified cryptographically by the library; zod only checks its shape.
const assertionSchema = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string(),
    type: z.literal("public-key"),
    response: z.object({ clientDataJSON: z.string(), authenticatorData: z.string(), signature: z.string() }).loose(),
  })
  .loose();

export const finishPasskeySignInAction = action({ who: "anyone", where: "passkey.sign-in.finish" }, async ({ db, now, client }, response: unknown) => {
  const parsed = assertionSchema.safeParse(response);
  if (!parsed.success) throw new DomainError("passkey_incomplete");
  const userId = await finishPasskeySignIn(db, parsed.data as unknown as AuthenticationResponseJSON, relyingPartyOf(client), now);
  await setSessionCookie(await createSession(db, userId, now, client.userAgent), client.secure);
  return null;
});

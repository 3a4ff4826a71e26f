"use server";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { headers } from "next/headers";
import { z } from "zod";
import { finishPasskeySignIn, startPasskeySignIn } from "@/lib/auth/passkeys";
import { currentRelyingParty } from "@/lib/auth/relying-party";
import { setSessionCookie } from "@/lib/auth/session-cookie";
import { createSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { toUserError } from "@/lib/errors/to-user-error";

type Result<T> = { ok: true; data: T } | { ok: false; formError: { zh: string; en: string } };

export async function startPasskeySignInAction(): Promise<Result<Awaited<ReturnType<typeof startPasskeySignIn>>>> {
  try {
    const { db } = await getDb();
    return { ok: true, data: await startPasskeySignIn(db, await currentRelyingParty(), new Date()) };
  } catch (error) {
    return { ok: false, formError: toUserError(error, "passkey.sign-in.start") };
  }
}

// The assertion is verified cryptographically by the library; zod only checks its shape.
const assertionSchema = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string(),
    type: z.literal("public-key"),
    response: z.object({ clientDataJSON: z.string(), authenticatorData: z.string(), signature: z.string() }).loose(),
  })
  .loose();

export async function finishPasskeySignInAction(response: unknown): Promise<Result<null>> {
  const parsed = assertionSchema.safeParse(response);
  if (!parsed.success) return { ok: false, formError: { zh: "通行密钥的数据不完整。", en: "The passkey response is incomplete." } };
  try {
    const { db } = await getDb();
    const now = new Date();
    const userId = await finishPasskeySignIn(db, parsed.data as unknown as AuthenticationResponseJSON, await currentRelyingParty(), now);
    const session = await createSession(db, userId, now, (await headers()).get("user-agent"));
    await setSessionCookie(session);
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, formError: toUserError(error, "passkey.sign-in.finish") };
  }
}

"use server";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deletePasskey, endAllSessions, endSession, finishPasskeyRegistration, relyingPartyOf, startPasskeyRegistration } from "@/lib/auth";
import { action, clearSessionCookies, formAction, NO_ARGUMENTS } from "@/lib/context";
import { DomainError } from "@/lib/errors";

export const startPasskeyRegistrationAction = action({ who: "account", where: "passkey.register.start", notAtKiosk: true, args: NO_ARGUMENTS }, async ({ db, now, actor, client }) =>
  startPasskeyRegistration(db, actor.userId, relyingPartyOf(client), now),
);

// The browser's response is checked cryptographically by the library; zod only checks its shape.
const registrationResponseSchema = z.object({ id: z.string().min(1).max(1024), rawId: z.string(), type: z.literal("public-key"), response: z.object({ clientDataJSON: z.string(), attestationObject: z.string() }).loose() }).loose();

export const finishPasskeyRegistrationAction = action(
  { who: "account", where: "passkey.register.finish", notAtKiosk: true, args: z.tuple([z.unknown(), z.string().max(200)]) },
  async ({ db, now, actor, client }, response: unknown, label: string) => {
    const parsed = registrationResponseSchema.safeParse(response);
    if (!parsed.success) throw new DomainError("passkey_incomplete");
    await finishPasskeyRegistration(db, actor.userId, parsed.data as unknown as RegistrationResponseJSON, relyingPartyOf(client), String(label).slice(0, 60), now);
    revalidatePath("/settings/security");
    return null;
  },
);

const idSchema = z.object({ id: z.uuid() });

export const deletePasskeyAction = formAction({ who: "account", where: "passkey.delete" }, async ({ db, actor }, formData: FormData) => {
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (parsed.success) await deletePasskey(db, actor.userId, parsed.data.id);
  revalidatePath("/settings/security");
  return null;
});

export const endSessionAction = formAction({ who: "account", where: "sessions.end" }, async ({ db, now, actor }, formData: FormData) => {
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (parsed.success) await endSession(db, actor.userId, parsed.data.id, now);
  if (parsed.success && parsed.data.id === actor.sessionId) {
    await clearSessionCookies();
    redirect("/sign-in");
  }
  revalidatePath("/settings/security");
  return null;
});

export const signOutEverywhereAction = formAction({ who: "account", where: "sessions.end-all" }, async ({ db, now, actor }) => {
  await endAllSessions(db, actor.userId, now);
  await clearSessionCookies();
  redirect("/sign-in");
});

"use server";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireSessionUser } from "@/lib/auth/current-user";
import { deletePasskey, finishPasskeyRegistration, startPasskeyRegistration } from "@/lib/auth/passkeys";
import { currentRelyingParty } from "@/lib/auth/relying-party";
import { endAllSessions, endSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { toUserError } from "@/lib/errors/to-user-error";

type Result<T> = { ok: true; data: T } | { ok: false; formError: { zh: string; en: string } };

export async function startPasskeyRegistrationAction(): Promise<Result<Awaited<ReturnType<typeof startPasskeyRegistration>>>> {
  const user = await requireSessionUser();
  try {
    const { db } = await getDb();
    return { ok: true, data: await startPasskeyRegistration(db, user.userId, await currentRelyingParty(), new Date()) };
  } catch (error) {
    return { ok: false, formError: toUserError(error, "passkey.register.start") };
  }
}

// The browser's response is checked cryptographically by the library; zod only checks its shape.
const registrationResponseSchema = z.object({ id: z.string().min(1).max(1024), rawId: z.string(), type: z.literal("public-key"), response: z.object({ clientDataJSON: z.string(), attestationObject: z.string() }).loose() }).loose();

export async function finishPasskeyRegistrationAction(response: unknown, label: string): Promise<Result<null>> {
  const user = await requireSessionUser();
  const parsed = registrationResponseSchema.safeParse(response);
  if (!parsed.success) return { ok: false, formError: { zh: "通行密钥的数据不完整。", en: "The passkey response is incomplete." } };
  try {
    const { db } = await getDb();
    await finishPasskeyRegistration(db, user.userId, parsed.data as unknown as RegistrationResponseJSON, await currentRelyingParty(), String(label).slice(0, 60), new Date());
  } catch (error) {
    return { ok: false, formError: toUserError(error, "passkey.register.finish") };
  }
  revalidatePath("/settings/security");
  return { ok: true, data: null };
}

const idSchema = z.object({ id: z.uuid() });

export async function deletePasskeyAction(formData: FormData): Promise<void> {
  const user = await requireSessionUser();
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (parsed.success) {
    const { db } = await getDb();
    await deletePasskey(db, user.userId, parsed.data.id);
  }
  revalidatePath("/settings/security");
}

export async function endSessionAction(formData: FormData): Promise<void> {
  const user = await requireSessionUser();
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (parsed.success) {
    const { db } = await getDb();
    await endSession(db, user.userId, parsed.data.id, new Date());
  }
  if (parsed.success && parsed.data.id === user.sessionId) {
    (await cookies()).delete(SESSION_COOKIE);
    redirect("/sign-in");
  }
  revalidatePath("/settings/security");
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireSessionUser();
  const { db } = await getDb();
  await endAllSessions(db, user.userId, new Date());
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/sign-in");
}

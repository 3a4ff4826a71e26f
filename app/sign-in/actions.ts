"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/current-user";
import { requestSignInCode, verifySignInCode } from "@/lib/auth/otp";
import { maskPhone } from "@/lib/auth/phone";
import { setSessionCookie } from "@/lib/auth/session-cookie";
import { createSession, deleteSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { sendCodeSchema, verifyCodeSchema, type SignInState } from "@/lib/auth/sign-in-schema";
import { logCodeSender } from "@/lib/auth/sms-sender";
import { getDb } from "@/lib/db/client";
import { revokeSessionDevices } from "@/lib/devices/devices";
import { env } from "@/lib/env";
import { toUserError } from "@/lib/errors/to-user-error";

/** Step 1 sends a code, step 2 checks it and starts a session. One action so the form works without JavaScript. */
export async function signInAction(previous: SignInState, formData: FormData): Promise<SignInState> {
  const intent = formData.get("intent");
  if (intent === "verify") return verify(formData);
  if (intent === "restart") return { step: "phone" };
  return sendCode(formData);
}

async function sendCode(formData: FormData): Promise<SignInState> {
  const parsed = sendCodeSchema.safeParse({ phone: String(formData.get("phone") ?? "") });
  if (!parsed.success) {
    return { step: "phone", phone: String(formData.get("phone") ?? ""), fieldErrors: { phone: "phone_invalid" } };
  }
  const { phone } = parsed.data;
  try {
    const { db } = await getDb();
    const { code } = await requestSignInCode(db, phone, logCodeSender, new Date(), {
      perPhonePerHour: env.OTP_LIMIT_PER_PHONE_PER_HOUR,
      perAddressPerHour: env.OTP_LIMIT_PER_ADDRESS_PER_HOUR,
      address: await clientAddress(),
    });
    return { step: "code", phone, maskedPhone: maskPhone(phone), demoCode: env.demoMode ? code : undefined };
  } catch (error) {
    return { step: "phone", phone, formError: toUserError(error, "sign-in.send") };
  }
}

async function verify(formData: FormData): Promise<SignInState> {
  const raw = { phone: String(formData.get("phone") ?? ""), code: String(formData.get("code") ?? "") };
  const parsed = verifyCodeSchema.safeParse(raw);
  if (!parsed.success) {
    const phone = raw.phone.replace(/[\s-]/g, "");
    return { step: "code", phone, maskedPhone: maskPhone(phone), fieldErrors: { code: "code_invalid" } };
  }
  const { phone, code } = parsed.data;
  let session: { token: string; expiresAt: Date };
  try {
    const { db } = await getDb();
    const now = new Date();
    const userId = await verifySignInCode(db, phone, code, now);
    session = await createSession(db, userId, now, (await headers()).get("user-agent"));
  } catch (error) {
    return { step: "code", phone, maskedPhone: maskPhone(phone), formError: toUserError(error, "sign-in.verify") };
  }
  await setSessionCookie(session);
  redirect("/");
}

export async function signOutAction(): Promise<void> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) {
    const { db } = await getDb();
    await revokeSessionDevices(db, token, new Date());
    await deleteSession(db, token);
  }
  store.delete(SESSION_COOKIE);
  redirect("/sign-in");
}

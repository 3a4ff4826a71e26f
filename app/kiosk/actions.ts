"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddress, isSecureRequest } from "@/lib/auth/current-user";
import { requestSignInCode, verifySignInCode } from "@/lib/auth/otp";
import { maskPhone } from "@/lib/auth/phone";
import { deleteSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { sendCodeSchema, verifyCodeSchema, type SignInState } from "@/lib/auth/sign-in-schema";
import { logCodeSender } from "@/lib/auth/sms-sender";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { toUserError } from "@/lib/errors/to-user-error";
import { KIOSK_KEY_COOKIE, rotateDemoKioskKey } from "@/lib/kiosk/enrol";
import { startKioskSession, userFromScannedCode } from "@/lib/kiosk/sign-in";

const scanSchema = z.object({ code: z.string().trim().min(1).max(600) });
export type KioskScanState = null | { ok: false; formError: { zh: string; en: string } };

/** The kiosk's session cookie has no expiry: it goes when the browser closes, and the server ends it sooner. */
async function setKioskSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "strict", secure: await isSecureRequest(), path: "/" });
}

/** Phone number and one-time code, the same two steps as the sign-in page. */
export async function kioskSignInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  if (formData.get("intent") === "verify") {
    const parsed = verifyCodeSchema.safeParse({ phone: String(formData.get("phone") ?? ""), code: String(formData.get("code") ?? "") });
    const phone = String(formData.get("phone") ?? "").replace(/[\s-]/g, "");
    if (!parsed.success) return { step: "code", phone, maskedPhone: maskPhone(phone), fieldErrors: { code: "code_invalid" } };
    try {
      const { db } = await getDb();
      const now = new Date();
      const userId = await verifySignInCode(db, parsed.data.phone, parsed.data.code, now);
      await setKioskSessionCookie((await startKioskSession(db, userId, now)).token);
    } catch (error) {
      return { step: "code", phone, maskedPhone: maskPhone(phone), formError: toUserError(error, "kiosk.verify") };
    }
    redirect("/kiosk");
  }
  const parsed = sendCodeSchema.safeParse({ phone: String(formData.get("phone") ?? "") });
  if (!parsed.success) return { step: "phone", phone: String(formData.get("phone") ?? ""), fieldErrors: { phone: "phone_invalid" } };
  try {
    const { db } = await getDb();
    const { code } = await requestSignInCode(db, parsed.data.phone, logCodeSender, new Date(), {
      perPhonePerHour: env.OTP_LIMIT_PER_PHONE_PER_HOUR,
      perAddressPerHour: env.OTP_LIMIT_PER_ADDRESS_PER_HOUR,
      address: await clientAddress(),
    });
    return { step: "code", phone: parsed.data.phone, maskedPhone: maskPhone(parsed.data.phone), demoCode: env.demoMode ? code : undefined };
  } catch (error) {
    return { step: "phone", phone: parsed.data.phone, formError: toUserError(error, "kiosk.send") };
  }
}

/** The person's own code, scanned from their phone; the kiosk proves itself with its terminal key. */
export async function kioskScanSignInAction(_previous: KioskScanState, formData: FormData): Promise<KioskScanState> {
  const parsed = scanSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) return { ok: false, formError: { zh: "请扫描医保码。", en: "Scan a code." } };
  try {
    const { db } = await getDb();
    const now = new Date();
    const key = (await cookies()).get(KIOSK_KEY_COOKIE)?.value ?? null;
    const userId = await userFromScannedCode(db, key, parsed.data.code, now);
    await setKioskSessionCookie((await startKioskSession(db, userId, now)).token);
  } catch (error) {
    return { ok: false, formError: toUserError(error, "kiosk.scan") };
  }
  redirect("/kiosk");
}

/** Demo mode only: this browser becomes the demo kiosk terminal. */
export async function enrolDemoKioskAction(): Promise<void> {
  if (!env.demoMode) return;
  const { db } = await getDb();
  const key = await rotateDemoKioskKey(db);
  (await cookies()).set(KIOSK_KEY_COOKIE, key, { httpOnly: true, sameSite: "strict", secure: await isSecureRequest(), path: "/kiosk", maxAge: 365 * 24 * 60 * 60 });
  redirect("/kiosk");
}

/** Ends the kiosk session on the server; the browser then clears its own storage (lib/kiosk/forget-device.ts). */
export async function kioskSignOutAction(): Promise<{ ok: true }> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) {
    const { db } = await getDb();
    await deleteSession(db, token);
  }
  store.delete(SESSION_COOKIE);
  return { ok: true };
}

"use server";
import { headers } from "next/headers";
import { getSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { registerDeviceSchema } from "@/lib/devices/schemas";
import { registerDevice, type RegisteredDevice } from "@/lib/devices/devices";
import type { ShowCodeGrant } from "@/lib/family/grants";
import { showableCodes } from "@/lib/family/showable-codes";
import { env } from "@/lib/env";
import { toUserError } from "@/lib/errors/to-user-error";

export type RegisterDeviceResult =
  | { ok: true; data: RegisteredDevice & { userId: string; grants: ShowCodeGrant[] } }
  | { ok: false; code: string; message: { zh: string; en: string } };

/**
 * Registers this browser's device key for the signed-in account. Called from the code
 * screen and the home page when the browser has no key yet; "signed_out" tells the code
 * screen to show its signed-out state.
 */
export async function registerDeviceAction(input: { publicKeySpki: string }): Promise<RegisterDeviceResult> {
  const user = await getSessionUser();
  if (!user) {
    return { ok: false, code: "signed_out", message: { zh: "请先登录。", en: "Please sign in first." } };
  }
  const parsed = registerDeviceSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: "invalid_public_key", message: { zh: "设备密钥无效。", en: "The device key is not valid." } };
  }
  try {
    const { db } = await getDb();
    const device = await registerDevice(
      db,
      {
        userId: user.userId,
        personId: user.personId,
        sessionId: user.sessionId,
        publicKeySpki: parsed.data.publicKeySpki,
        userAgent: (await headers()).get("user-agent"),
      },
      new Date(),
      env.DEVICE_LIMIT_PER_ACCOUNT,
    );
    return { ok: true, data: { ...device, userId: user.userId, grants: await showableCodes(db, user.userId, new Date()) } };
  } catch (error) {
    const { code, zh, en } = toUserError(error, "voucher.register-device");
    return { ok: false, code, message: { zh, en } };
  }
}

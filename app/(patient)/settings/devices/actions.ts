"use server";
import { revalidatePath } from "next/cache";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { revokeDeviceSchema } from "@/lib/devices/schemas";
import { revokeDevice } from "@/lib/devices/devices";
import { toUserError } from "@/lib/errors/to-user-error";

export type RevokeDeviceState =
  | { status: "idle" }
  | { status: "revoked"; deviceId: string }
  | { status: "error"; message: { zh: string; en: string } };

const notFound = { zh: "没有找到这台设备，或它已经停用。", en: "That device was not found, or it was already removed." };

/** Revokes one of the signed-in account's devices; its codes fail from the next scan. */
export async function revokeDeviceAction(_previous: RevokeDeviceState, formData: FormData): Promise<RevokeDeviceState> {
  const user = await requireSessionUser();
  const parsed = revokeDeviceSchema.safeParse({ deviceId: formData.get("deviceId") });
  if (!parsed.success) return { status: "error", message: notFound };
  try {
    const { db } = await getDb();
    const { revoked } = await revokeDevice(db, user.userId, parsed.data.deviceId, user.sessionId, new Date());
    if (!revoked) return { status: "error", message: notFound };
  } catch (error) {
    const { zh, en } = toUserError(error, "devices.revoke");
    return { status: "error", message: { zh, en } };
  }
  revalidatePath("/settings/devices");
  return { status: "revoked", deviceId: parsed.data.deviceId };
}

"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/context";
import { revokeDevice, revokeDeviceSchema } from "@/lib/devices";
import { DomainError } from "@/lib/errors";

/** Revokes one of the signed-in account's devices; its codes fail from the next scan. */
export const revokeDeviceAction = action({ who: "account", where: "devices.revoke" }, async ({ db, now, actor }, _previous: unknown, formData: FormData) => {
  const parsed = revokeDeviceSchema.safeParse({ deviceId: formData.get("deviceId") });
  if (!parsed.success) throw new DomainError("device_not_found");
  const { revoked } = await revokeDevice(db, actor.userId, parsed.data.deviceId, actor.sessionId, now);
  if (!revoked) throw new DomainError("device_not_found");
  revalidatePath("/settings/devices");
  return { deviceId: parsed.data.deviceId };
});

import { z } from "zod";
import { route } from "@/lib/context";
import { getDeviceStatus } from "@/lib/devices";
import { showableCodes } from "@/lib/family";

const query = z.object({ deviceId: z.uuid() });

/**
 * For the code screen, when online: is this browser still signed in, and is the device it
 * remembers still active for this account? Answers only about the caller's own devices.
 */
export const GET = route({ who: "anyone", where: "api.me.voucher-device" }, async ({ db, now, actor }, request) => {
  if (actor.kind !== "person") return { signedIn: false, device: "unknown" };
  const parsed = query.safeParse({ deviceId: new URL(request.url).searchParams.get("deviceId") });
  if (!parsed.success) return { signedIn: true, device: "unknown" };
  const [device, grants] = await Promise.all([getDeviceStatus(db, actor.userId, parsed.data.deviceId), showableCodes(db, actor.userId, now)]);
  return { signedIn: true, device, grants };
});

import { z } from "zod";
import { getSessionUser } from "@/lib/auth/current-user";
import { jsonResponse } from "@/lib/http/errors";
import { getDb } from "@/lib/db/client";
import { getDeviceStatus } from "@/lib/devices/devices";
import { showableCodes } from "@/lib/family/showable-codes";

const query = z.object({ deviceId: z.uuid() });

/**
 * For the code screen, when online: is this browser still signed in, and is the device it
 * remembers still active for this account? Answers only about the caller's own devices.
 */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return jsonResponse({ signedIn: false, device: "unknown" });
  const parsed = query.safeParse({ deviceId: new URL(request.url).searchParams.get("deviceId") });
  if (!parsed.success) return jsonResponse({ signedIn: true, device: "unknown" });
  const { db } = await getDb();
  const now = new Date();
  const [device, grants] = await Promise.all([getDeviceStatus(db, user.userId, parsed.data.deviceId), showableCodes(db, user.userId, now)]);
  return jsonResponse({ signedIn: true, device, grants });
}

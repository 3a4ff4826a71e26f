"use server";
import { z } from "zod";
import { action } from "@/lib/context";
import { registerDevice, registerDeviceSchema } from "@/lib/devices";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { showableCodes } from "@/lib/family";

/**
 * Registers this browser's device key for the signed-in account. Called from the code screen
 * and the home page when the browser has no key yet; "signed_out" tells the code screen to
 * show its signed-out state.
 */
export const registerDeviceAction = action(
  { who: "account", where: "voucher.register-device", signedOut: "fail", notAtKiosk: true, args: z.tuple([z.unknown()]) },
  async ({ db, now, actor, client }, input: { publicKeySpki: string }) => {
    const parsed = registerDeviceSchema.safeParse(input);
    if (!parsed.success) throw new DomainError("invalid_public_key");
    const device = await registerDevice(
      db,
      { userId: actor.userId, personId: actor.personId, sessionId: actor.sessionId, publicKeySpki: parsed.data.publicKeySpki, userAgent: client.userAgent },
      now,
      env.DEVICE_LIMIT_PER_ACCOUNT,
    );
    return { ...device, userId: actor.userId, grants: await showableCodes(db, actor.userId, now) };
  },
);

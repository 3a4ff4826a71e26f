import { z } from "zod";

/** Input of the device set-up action: the public key the browser generated (SPKI, base64url). */
export const registerDeviceSchema = z.object({
  publicKeySpki: z.string().min(1).max(200),
});

/** Input of the revoke action. */
export const revokeDeviceSchema = z.object({ deviceId: z.uuid() });

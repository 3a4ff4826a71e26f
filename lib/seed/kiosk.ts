import { randomBytes } from "node:crypto";
import { sha256Hex } from "@/lib/auth";
import type { Db } from "@/lib/db";
import { terminals } from "@/lib/db/schema";
import { facilityId } from "./facilities";
import { seedId } from "./seed-id";

export const DEMO_KIOSK_TERMINAL_ID = seedId("terminal:kiosk");

/**
 * The demo self-service kiosk (自助机): a registered terminal like a counter's. Its key is random
 * and never printed; in demo mode the kiosk screen enrols itself by rotating this key.
 */
export async function seedKiosk(db: Db): Promise<void> {
  await db
    .insert(terminals)
    .values({
      id: DEMO_KIOSK_TERMINAL_ID,
      name: "演示自助服务机 1 号",
      facilityId: facilityId("sm-yida"),
      keyHash: sha256Hex(`ybt_${randomBytes(24).toString("base64url")}`),
    })
    .onConflictDoNothing();
}

import { randomBytes } from "node:crypto";
import { sha256Hex } from "@/lib/auth";
import type { Db } from "@/lib/db";
import { terminals } from "@/lib/db/schema";
import { facilityId } from "./facilities";
import { seedId } from "./seed-id";

export const DEMO_KIOSK_TERMINAL_ID = seedId("terminal:kiosk");

/**
 * The demo self-service kiosk (自助机): a registered terminal of kind "kiosk", whose key signs
 * people in and does nothing a counter does. Its key is random and never printed; a kiosk screen
 * enrols itself in demo mode from this machine or with the enrolment secret (lib/kiosk enrol.ts).
 */
export async function seedKiosk(db: Db): Promise<void> {
  await db
    .insert(terminals)
    .values({
      id: DEMO_KIOSK_TERMINAL_ID,
      name: "演示自助服务机 1 号",
      facilityId: facilityId("sm-yida"),
      keyHash: sha256Hex(`ybt_${randomBytes(24).toString("base64url")}`),
      kind: "kiosk",
    })
    .onConflictDoNothing();
}

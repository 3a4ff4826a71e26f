import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { sha256Hex } from "@/lib/auth";
import type { Db } from "@/lib/db";
import { terminals } from "@/lib/db/schema";
import { DEMO_KIOSK_TERMINAL_ID } from "@/lib/seed";

/** The kiosk keeps its terminal key in this httpOnly cookie: it identifies the machine, never a person. */
export const KIOSK_KEY_COOKIE = "yb_kiosk";

/**
 * Demo mode only: gives the demo kiosk terminal a fresh key and returns it, so a demo screen can
 * enrol itself without anyone reading a key off a console. A real kiosk is enrolled with its key.
 */
export async function rotateDemoKioskKey(db: Db): Promise<string> {
  const key = `ybt_${randomBytes(24).toString("base64url")}`;
  await db.update(terminals).set({ keyHash: sha256Hex(key), revokedAt: null }).where(eq(terminals.id, DEMO_KIOSK_TERMINAL_ID));
  return key;
}

import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { sha256Hex } from "@/lib/auth";
import type { Db } from "@/lib/db";
import { terminals } from "@/lib/db/schema";
import { enforceRateLimit } from "@/lib/rate-limit";
import { DEMO_KIOSK_TERMINAL_ID } from "@/lib/seed";

/** The kiosk keeps its terminal key in this httpOnly cookie: it identifies the machine, never a person. */
export const KIOSK_KEY_COOKIE = "yb_kiosk";

// Wrong secrets per address: the secret is long and random, this only stops a client trying.
const ENROL_TRIES_PER_ADDRESS = { limit: 10, windowMs: 60 * 60 * 1000 };

export interface DemoEnrolment {
  /** The request came from the server's own machine (the person at the demo). */
  fromLoopback: boolean;
  /** The secret typed on the kiosk screen. */
  secret: string;
  /** DEMO_ENROL_SECRET, printed by `npm start`; null: only this machine may enrol. */
  expectedSecret: string | null;
  address: string;
}

/**
 * Demo mode only: makes this screen a demo kiosk and returns its new key, or null when neither
 * loopback nor the secret allows it. Each enrolment is a kiosk terminal of its own (kind "kiosk",
 * at the demo kiosk's facility), so enrolling a second screen never knocks the first offline, and
 * its key signs people in by their code and can do nothing a counter does.
 */
export async function enrolDemoKiosk(db: Db, request: DemoEnrolment, now: Date): Promise<string | null> {
  if (!request.fromLoopback) {
    await enforceRateLimit(db, { key: `kiosk-enrol:${request.address}`, ...ENROL_TRIES_PER_ADDRESS }, now);
    if (!request.expectedSecret || !sameSecret(request.secret, request.expectedSecret)) return null;
  }
  const [demoKiosk] = await db.select({ name: terminals.name, facilityId: terminals.facilityId }).from(terminals).where(eq(terminals.id, DEMO_KIOSK_TERMINAL_ID));
  const key = `ybt_${randomBytes(24).toString("base64url")}`;
  await db.insert(terminals).values({
    name: demoKiosk?.name ?? "演示自助服务机",
    facilityId: demoKiosk?.facilityId ?? null,
    keyHash: sha256Hex(key),
    kind: "kiosk",
    createdAt: now,
  });
  return key;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(sha256Hex(given), "hex");
  const b = Buffer.from(sha256Hex(expected), "hex");
  return timingSafeEqual(a, b);
}

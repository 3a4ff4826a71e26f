import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { registerDevice } from "@/lib/devices/devices";
import { terminals } from "@/lib/db/schema";
import { personId } from "@/lib/seed/people";
import { seedId } from "@/lib/seed/seed-id";
import { authenticateTerminal, type AuthenticatedTerminal } from "@/lib/auth/terminal-key";
import { sha256Hex } from "@/lib/auth/tokens";
import { generateDeviceKeyPair, signVoucherCode, unixSeconds } from "@/lib/voucher";
import { TEST_TERMINAL_KEY } from "./database-fixtures";

export { TEST_TERMINAL_KEY };

/** A demo person's account with a freshly registered device; the private key stays in the test. */
export interface TestDevice {
  userId: string;
  personId: string;
  deviceId: string;
  voucherId: string;
  privateKey: CryptoKey;
}

export async function setUpTestDevice(database: Database, personKey: string, now: Date, sessionId: string | null = null): Promise<TestDevice> {
  const pair = await generateDeviceKeyPair();
  const userId = seedId(`user:${personKey}`);
  const registered = await registerDevice(
    database.db,
    { userId, personId: personId(personKey), sessionId, publicKeySpki: pair.publicKeySpki, userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/140.0 Mobile" },
    now,
  );
  return { userId, personId: personId(personKey), deviceId: registered.deviceId, voucherId: registered.voucherId!, privateKey: pair.privateKey };
}

/** A code from the device, made at `at` (the phone's clock). */
export function codeFrom(device: TestDevice, at: Date, grant?: { grantId: string; voucherId: string }): Promise<string> {
  return signVoucherCode(
    {
      voucherId: grant?.voucherId ?? device.voucherId,
      deviceId: device.deviceId,
      grantId: grant?.grantId ?? null,
      issuedAt: unixSeconds(at),
    },
    device.privateKey,
  );
}

export function demoTerminal(database: Database): Promise<AuthenticatedTerminal> {
  return authenticateTerminal(database.db, TEST_TERMINAL_KEY);
}

/** A second terminal, to show that tokens and limits are per terminal. */
export async function addTerminal(database: Database, key: string, revokedAt: Date | null = null): Promise<string> {
  const [row] = await database.db
    .insert(terminals)
    .values({ name: "测试终端", keyHash: sha256Hex(key), revokedAt })
    .returning({ id: terminals.id });
  return row!.id;
}

export async function revokeTerminal(database: Database, terminalId: string, at: Date): Promise<void> {
  await database.db.update(terminals).set({ revokedAt: at }).where(eq(terminals.id, terminalId));
}

export function verifyRequest(body: unknown, key: string | null = TEST_TERMINAL_KEY): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key !== null) headers.authorization = `Bearer ${key}`;
  return new Request("http://127.0.0.1/api/v1/terminal/vouchers/verify", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

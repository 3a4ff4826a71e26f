"use client";
import type { ActionResult } from "@/lib/context/client";
import type { ShowCodeGrant } from "@/lib/family/client";
import { clearDevice, generateDeviceKeyPair, saveDevice, type StoredDevice, type StoredGrant } from "@/lib/voucher";

/** What registering this browser's key answers: the facts the code screen keeps. */
export interface RegisteredDeviceData {
  deviceId: string;
  userId: string;
  voucherId: string | null;
  maskedName: string | null;
  setUpAt: string;
  grants: ShowCodeGrant[];
}

/** The server action that registers a device key for the signed-in account (app/voucher/actions.ts). */
export type RegisterDevice = (input: { publicKeySpki: string }) => Promise<ActionResult<RegisteredDeviceData>>;

/** Set up, or why not: the server's code and words, or null words when the server could not be asked. */
export type SetUpResult = { ok: true; device: StoredDevice } | { ok: false; code: string; message: string | null };

// One set-up at a time per page, even if two components (or a double effect) ask at once.
let inFlight: Promise<SetUpResult> | null = null;

/**
 * Sets this browser up to make codes: a non-extractable P-256 key made here, its public
 * half registered for the signed-in account, the private key and the code's facts kept
 * in IndexedDB.
 */
export function setUpThisDevice(register: RegisterDevice): Promise<SetUpResult> {
  inFlight ??= (async (): Promise<SetUpResult> => {
    const pair = await generateDeviceKeyPair();
    const result = await register({ publicKeySpki: pair.publicKeySpki });
    if (!result.ok) return { ok: false, code: result.code, message: result.formError };
    const device: StoredDevice = { ...result.data, privateKey: pair.privateKey };
    await saveDevice(device);
    return { ok: true, device };
  })()
    .catch((): SetUpResult => ({ ok: false, code: "setup_failed", message: null }))
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

export interface DeviceStatusAnswer {
  signedIn: boolean;
  device: "active" | "revoked" | "unknown";
  /** Relatives' codes this account may show now (missing when signed out). */
  grants?: StoredGrant[];
}

/** Asks the server about the remembered device; null when the server cannot be reached. */
export async function fetchDeviceStatus(deviceId: string | null): Promise<DeviceStatusAnswer | null> {
  try {
    const query = deviceId ? `?deviceId=${encodeURIComponent(deviceId)}` : "";
    const response = await fetch(`/api/v1/me/voucher-device${query}`, { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return null;
    return (await response.json()) as DeviceStatusAnswer;
  } catch {
    return null;
  }
}

/** Forgets the local key if it is the one just revoked on this page. */
export async function forgetIfLocal(deviceId: string, load: () => Promise<StoredDevice | null>): Promise<void> {
  const local = await load().catch(() => null);
  if (local?.deviceId === deviceId) await clearDevice();
}

"use client";
import { signVoucherCode, unixSeconds } from "@/lib/voucher";
import { deviceStoreSupported, loadDevice, type StoredDevice } from "@/lib/voucher";
import { qrSymbolPath } from "./qr-symbol";
import type { ShownCode } from "./use-voucher-code";

export interface EarlyStart {
  device: StoredDevice | null;
  /** The first code, already signed; null without a device of the account's own. */
  code: ShownCode | null;
}

let pending: Promise<EarlyStart> | null = null;

async function start(): Promise<EarlyStart> {
  if (!deviceStoreSupported()) return { device: null, code: null };
  const device = await loadDevice().catch(() => null);
  if (!device?.voucherId) return { device, code: null };
  const now = new Date();
  const text = await signVoucherCode(
    { voucherId: device.voucherId, deviceId: device.deviceId, issuedAt: unixSeconds(now) },
    device.privateKey,
  ).catch(() => null);
  if (!text) return { device, code: null };
  // Encoding the symbol is the costliest step on a cold page; doing it here overlaps it with hydration.
  qrSymbolPath(text);
  return { device, code: { text, madeAt: now.getTime() } };
}

/**
 * The stored device and a first signed code, begun as soon as this module is evaluated in
 * the browser, i.e. while React is still hydrating the code screen: reading IndexedDB and
 * signing then overlap with hydration instead of following it. Taken once per page load;
 * a later caller starts afresh.
 */
export function takeEarlyStart(): Promise<EarlyStart> {
  const result = pending ?? start();
  pending = null;
  return result;
}

if (typeof window !== "undefined" && window.location.pathname === "/voucher") pending = start();

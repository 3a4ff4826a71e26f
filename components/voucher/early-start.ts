import { signVoucherCode, unixSeconds, deviceStoreSupported, loadDevice, type StoredDevice } from "@/lib/voucher";
import { firstGrantId } from "./code-panel";
import type { QrSymbolGeometry } from "./qr-path";
import { adoptQrEncoder, loadQrEncoder, type QrEncoder } from "./qr-encoder";

/** A code on screen: its text and when the phone made it (ms since the epoch). */
export interface ShownCode {
  text: string;
  madeAt: number;
}

export interface EarlyStart {
  device: StoredDevice | null;
  /** The first code, already signed, of `grantId` (null: the account's own); null without one. */
  code: ShownCode | null;
  grantId: string | null;
  /** The first code's symbol, already made (null when no encoder was given). */
  symbol: QrSymbolGeometry | null;
}

/**
 * What the boot script (code-boot.ts) leaves on `window` for the React screen: the device and
 * the code it drew, and a way to take its drawing off the screen once React shows its own.
 */
export interface CodeBoot {
  result: Promise<EarlyStart>;
  release(): void;
  /** The boot script's QR encoder (qr-path.ts), which the screen uses rather than load its own copy. */
  encode?: QrEncoder;
}

const BOOT_GLOBAL = "__yibaoCodeBoot";
type BootWindow = Window & { [BOOT_GLOBAL]?: CodeBoot };

/**
 * Reads the stored device and signs its first code: all on the phone, no request. Acting for a
 * relative (`/voucher?for=`), nothing is drawn early: the React screen picks that relative's
 * code or refuses, and an early drawing could only be the wrong person's. The symbol is made
 * with `encode` when given (the boot script and the service worker draw it themselves).
 */
export async function startEarly(options: { actingFor?: boolean; encode?: QrEncoder } = {}): Promise<EarlyStart> {
  const none = { device: null, code: null, grantId: null, symbol: null };
  if (!deviceStoreSupported()) return none;
  const device = await loadDevice().catch(() => null);
  if (!device) return none;
  if (options.actingFor) return { ...none, device };
  const grantId = firstGrantId(device);
  const voucherId = grantId ? device.grants.find((g) => g.grantId === grantId)!.voucherId : device.voucherId;
  if (!voucherId) return { ...none, device };
  const now = new Date();
  const text = await signVoucherCode({ voucherId, deviceId: device.deviceId, grantId, issuedAt: unixSeconds(now) }, device.privateKey).catch(() => null);
  if (!text) return { ...none, device };
  return { device, code: { text, madeAt: now.getTime() }, grantId, symbol: options.encode ? options.encode(text) : null };
}

/** Called by the boot script once: the React screen takes it over. */
export function publishCodeBoot(boot: CodeBoot): void {
  (window as BootWindow)[BOOT_GLOBAL] = boot;
}

let taken: CodeBoot | null = null;

/**
 * The device and first code for the React screen: the boot script's when it ran on this page
 * load (a full load of /voucher), else made now (after a client-side navigation, where scripts
 * in the page do not run). Taken once: a later page of the same document starts afresh.
 * The QR encoder comes with the boot script; without one it is loaded now, while the code is
 * being signed, so the screen's bundle does not carry a second copy of it.
 */
export async function takeEarlyStart(): Promise<EarlyStart> {
  const w = window as BootWindow;
  const boot = w[BOOT_GLOBAL];
  delete w[BOOT_GLOBAL];
  if (boot?.encode) adoptQrEncoder(boot.encode);
  else void loadQrEncoder().catch(() => undefined);
  if (!boot) return startEarly();
  taken = boot;
  return boot.result;
}

/** Removes the boot script's drawing: the React screen now shows the code, or something else. */
export function releaseEarlyCode(): void {
  taken?.release();
  taken = null;
}

import { base45Decode, base45Encode, CODE_PREFIX, generateDeviceKeyPair, type DeviceKeyPair } from "@/lib/voucher";

export const VOUCHER_ID = "5f0c8a3e-1b2d-4c6e-9a7b-0d1e2f3a4b5c";
export const DEVICE_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
export const GRANT_ID = "0f9e8d7c-6b5a-4938-a271-605f4e3d2c1b";
export const ISSUED_AT = 1_750_000_000; // 2025-06-15T15:06:40Z
export const NONCE = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);

/** The server time `offsetMs` after the code's issued-at. */
export function at(offsetMs: number): Date {
  return new Date(ISSUED_AT * 1000 + offsetMs);
}

let cached: Promise<DeviceKeyPair> | undefined;
/** One device key for a test file: key generation is real, just not repeated needlessly. */
export function deviceKey(): Promise<DeviceKeyPair> {
  cached ??= generateDeviceKeyPair();
  return cached;
}

/** The binary code inside a text (test helper; the text must be well formed). */
export function codeBytes(text: string): Uint8Array<ArrayBuffer> {
  const bytes = base45Decode(text.slice(CODE_PREFIX.length));
  if (bytes === null) throw new Error("not a well-formed code");
  return bytes;
}

export function codeText(bytes: Uint8Array): string {
  return CODE_PREFIX + base45Encode(bytes);
}

import "server-only";
import { importDevicePublicKey } from "@/lib/voucher";

/**
 * Imported public keys, keyed by their SPKI text. Keyed by the key itself (not the device
 * id), so the cache can never answer for a device whose row says something else: every
 * verification still reads the device row, and revocation takes effect at once on every
 * instance. Bounded: cleared when full, which costs only re-imports.
 */
const MAX_ENTRIES = 5000;
const cache = new Map<string, Promise<CryptoKey | null>>();

export function loadDevicePublicKey(spki: string): Promise<CryptoKey | null> {
  let key = cache.get(spki);
  if (!key) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    key = importDevicePublicKey(spki);
    cache.set(spki, key);
  }
  return key;
}

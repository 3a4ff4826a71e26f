/**
 * Device keys: ECDSA P-256 through WebCrypto. The private key is made
 * non-extractable, so script running in the page (or a backup of IndexedDB,
 * where the browser keeps the CryptoKey) cannot copy it off the phone. The
 * public key travels and is stored as SPKI DER in base64url: self-describing
 * (algorithm and curve are inside), and readable by WebCrypto, node:crypto and
 * openssl alike.
 */
import { fromBase64Url, toBase64Url } from "./bytes";

export const DEVICE_KEY_ALGORITHM = { name: "ECDSA", namedCurve: "P-256" } as const;
export const SIGNATURE_ALGORITHM = { name: "ECDSA", hash: "SHA-256" } as const;

export interface DeviceKeyPair {
  /** Non-extractable; keep it in IndexedDB on the phone, never send it anywhere. */
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as SPKI DER, base64url without padding: what the server registers. */
  publicKeySpki: string;
}

export async function generateDeviceKeyPair(): Promise<DeviceKeyPair> {
  // WebCrypto applies `extractable` to the private key only; a public key can always be exported.
  const pair = await globalThis.crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ["sign", "verify"]);
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    publicKeySpki: await exportDevicePublicKey(pair.publicKey),
  };
}

export async function exportDevicePublicKey(publicKey: CryptoKey): Promise<string> {
  const spki = await globalThis.crypto.subtle.exportKey("spki", publicKey);
  return toBase64Url(new Uint8Array(spki));
}

// An uncompressed P-256 SPKI is 91 bytes; anything much larger is not a P-256 key.
const MAX_SPKI_TEXT_LENGTH = 200;

/**
 * Stored or submitted SPKI base64url -> a verify-only CryptoKey, or null when
 * the text is not a P-256 ECDSA public key. Used both to check a key when a
 * device registers and to load it for verification; one import is cheap
 * (well under a millisecond), and callers may cache the CryptoKey by device id.
 */
export async function importDevicePublicKey(spkiBase64Url: string): Promise<CryptoKey | null> {
  if (spkiBase64Url.length > MAX_SPKI_TEXT_LENGTH) return null;
  const der = fromBase64Url(spkiBase64Url);
  if (der === null) return null;
  try {
    return await globalThis.crypto.subtle.importKey("spki", der, DEVICE_KEY_ALGORITHM, true, ["verify"]);
  } catch {
    // WebCrypto reports a wrong curve, a wrong algorithm or broken DER by throwing.
    return null;
  }
}

/** Making a code on the phone: offline, with the device's own key. */
import { randomBytes } from "./bytes";
import { encodeSignedBytes } from "./code-layout";
import { encodeCodeText } from "./code-text";
import { NONCE_BYTES, SIGNATURE_BYTES } from "./constants";
import { SIGNATURE_ALGORITHM } from "./device-keys";

export interface VoucherCodeInput {
  /** The insured person whose code this is (UUID text). */
  voucherId: string;
  /** The device signing it (UUID text). */
  deviceId: string;
  /** Only when a family member shows the person's code under a "show code" grant (UUID text). */
  grantId?: string | null;
  /** Whole seconds since the epoch, e.g. unixSeconds(new Date()). */
  issuedAt: number;
  /** 8 bytes; random when left out. Given only by tests that need a fixed code. */
  nonce?: Uint8Array;
}

/** Whole seconds since the epoch, the unit of a code's issued-at. */
export function unixSeconds(date: Date): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("invalid date");
  return Math.floor(ms / 1000);
}

/**
 * Signs a code and returns the text to put in the QR symbol. Throws RangeError
 * for input the calling code should never pass (ids that are not UUIDs, issuedAt
 * in milliseconds, a nonce of the wrong size) and a WebCrypto error for a key
 * that cannot sign.
 */
export async function signVoucherCode(input: VoucherCodeInput, privateKey: CryptoKey): Promise<string> {
  const signedBytes = encodeSignedBytes({
    voucherId: input.voucherId,
    deviceId: input.deviceId,
    grantId: input.grantId ?? null,
    issuedAt: input.issuedAt,
    nonce: input.nonce ?? randomBytes(NONCE_BYTES),
  });
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign(SIGNATURE_ALGORITHM, privateKey, signedBytes));
  if (signature.length !== SIGNATURE_BYTES) {
    // WebCrypto always returns r || s; any other size means the key is not P-256.
    throw new RangeError(`expected a ${SIGNATURE_BYTES}-byte P-256 signature, got ${signature.length} bytes`);
  }
  const code = new Uint8Array(signedBytes.length + SIGNATURE_BYTES);
  code.set(signedBytes, 0);
  code.set(signature, signedBytes.length);
  return encodeCodeText(code);
}

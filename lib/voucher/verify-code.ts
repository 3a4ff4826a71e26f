/**
 * Checking a scanned code at the counter, in this order:
 *   1. decode (malformed): nothing else is read from a text that fails here;
 *   2. find the signing device's key (unknown_device);
 *   3. verify the signature (bad_signature);
 *   4. check the time window (expired / not_yet_valid).
 * The signature comes before the time so that "expired" is only ever said of a
 * code a registered device really made; a forged or altered code is reported
 * as such, whatever time it claims. What follows in the database layer —
 * the device belongs to the voucher's person or holds a live grant, nothing is
 * revoked, the code was not used before — is described in docs/voucher-format.md.
 */
import { toHex } from "./bytes";
import type { DecodedVoucherCode } from "./code-layout";
import { decodeVoucherCode } from "./code-text";
import { CLOCK_SKEW_SECONDS, CODE_LIFETIME_SECONDS, SIGNATURE_BYTES } from "./constants";
import { SIGNATURE_ALGORITHM } from "./device-keys";
import { voucherError, type VoucherError, type VoucherResult } from "./errors";

export interface VerifiedVoucherCode extends DecodedVoucherCode {
  /** Record it to accept each code once; see codeFingerprint. */
  fingerprint: string;
  /** After this moment the code is refused as expired, so its used-code record may be purged. */
  expiresAt: Date;
}

/** The device's key by its id; the decoded code comes too, so a lookup may read what else it names in the same query. */
export type DeviceKeyLookup = (deviceId: string, code: DecodedVoucherCode) => Promise<CryptoKey | null> | CryptoKey | null;

export interface VerifyOptions {
  /** The server's clock. */
  now: Date;
  /** The device's registered public key, or null when the device is unknown (or revoked). */
  lookupDeviceKey: DeviceKeyLookup;
  /** How the signature and the fingerprint are computed; WebCrypto (verifyCodeSignature, codeFingerprint) by default. */
  crypto?: CodeCrypto;
}

/**
 * The two cryptographic steps of a verification. WebCrypto works in the browser and on the server
 * alike; a busy server may pass an equivalent that costs its one JavaScript thread less (Node's
 * synchronous crypto). Both must answer exactly as verifyCodeSignature and codeFingerprint do.
 */
export interface CodeCrypto {
  verifySignature(code: Pick<DecodedVoucherCode, "signedBytes" | "signature">, publicKey: CryptoKey): boolean | Promise<boolean>;
  fingerprint(code: Pick<DecodedVoucherCode, "signedBytes">): string | Promise<string>;
}

/**
 * SHA-256 of the signed bytes, lowercase hex (64 characters). The signature is
 * left out on purpose: an ECDSA signature can be re-written into a second valid
 * one (s -> n - s) without the key, and that must not turn a used code into a
 * "new" one. The nonce makes the fingerprint unique per code.
 */
export async function codeFingerprint(code: Pick<DecodedVoucherCode, "signedBytes">): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", code.signedBytes);
  return toHex(new Uint8Array(digest));
}

/** The moment a code made at `issuedAt` (seconds) stops being accepted. */
export function codeExpiresAt(issuedAt: number): Date {
  return new Date((issuedAt + CODE_LIFETIME_SECONDS) * 1000);
}

/** The earliest server time at which a code made at `issuedAt` (seconds) is accepted. */
export function codeValidFrom(issuedAt: number): Date {
  return new Date((issuedAt - CLOCK_SKEW_SECONDS) * 1000);
}

/**
 * Accepted while issuedAt - 30 s <= now <= issuedAt + 60 s (both ends
 * included, to the millisecond); null when the code is within its window.
 */
export function checkCodeTime(code: Pick<DecodedVoucherCode, "issuedAt">, now: Date): VoucherError | null {
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError("now is an invalid date");
  const validFrom = codeValidFrom(code.issuedAt).getTime();
  const expiresAt = codeExpiresAt(code.issuedAt).getTime();
  if (nowMs < validFrom) {
    return voucherError("not_yet_valid", `issued ${(code.issuedAt * 1000 - nowMs) / 1000} s in the future`);
  }
  if (nowMs > expiresAt) {
    return voucherError("expired", `issued ${(nowMs - code.issuedAt * 1000) / 1000} s ago`);
  }
  return null;
}

export async function verifyCodeSignature(
  code: Pick<DecodedVoucherCode, "signedBytes" | "signature">,
  publicKey: CryptoKey,
): Promise<boolean> {
  if (code.signature.length !== SIGNATURE_BYTES) return false;
  try {
    return await globalThis.crypto.subtle.verify(SIGNATURE_ALGORITHM, publicKey, code.signature, code.signedBytes);
  } catch {
    // A key of the wrong kind is a failed verification, not a crash at the counter.
    return false;
  }
}

/** Decode, signature and time in one call. Replay and revocation are the caller's next steps. */
export async function verifyVoucherCode(
  text: string,
  options: VerifyOptions,
): Promise<VoucherResult<VerifiedVoucherCode>> {
  const decoded = decodeVoucherCode(text);
  if (!decoded.ok) return decoded;
  const code = decoded.value;

  const publicKey = await options.lookupDeviceKey(code.deviceId, code);
  if (publicKey === null) return { ok: false, error: voucherError("unknown_device", `device ${code.deviceId}`) };

  const crypto = options.crypto ?? { verifySignature: verifyCodeSignature, fingerprint: codeFingerprint };
  if (!(await crypto.verifySignature(code, publicKey))) {
    return { ok: false, error: voucherError("bad_signature", `device ${code.deviceId}`) };
  }

  const timeError = checkCodeTime(code, options.now);
  if (timeError !== null) return { ok: false, error: timeError };

  return {
    ok: true,
    value: { ...code, fingerprint: await crypto.fingerprint(code), expiresAt: codeExpiresAt(code.issuedAt) },
  };
}

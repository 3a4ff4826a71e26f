/**
 * The binary layout of a code, before base45. Fixed offsets and two possible
 * lengths (with or without a grant) keep parsing strict: any other length,
 * version or flag bit is malformed. Layout table: docs/voucher-format.md.
 */
import { CODE_VERSION, FLAG_GRANT, ID_BYTES, NONCE_BYTES, SIGNATURE_BYTES } from "./constants";
import { bytesToId, idToBytes } from "./ids";

/** What a code says, after decoding. Ids are lowercase UUID text. */
export interface VoucherCodeFields {
  version: typeof CODE_VERSION;
  /** The insured person's voucher id (an opaque id, never the national ID number). */
  voucherId: string;
  /** The device that signed the code; its registered public key verifies it. */
  deviceId: string;
  /** Set when a family member's device shows the person's code under a "show code" grant. */
  grantId: string | null;
  /** When the phone made the code, in whole seconds since 1970-01-01T00:00:00Z. */
  issuedAt: number;
  /** Random bytes that make two codes made in the same second differ. */
  nonce: Uint8Array<ArrayBuffer>;
}

export interface DecodedVoucherCode extends VoucherCodeFields {
  /** Every byte before the signature: what the device signed. */
  signedBytes: Uint8Array<ArrayBuffer>;
  /** ECDSA P-256 / SHA-256 signature, IEEE P1363 (r || s). */
  signature: Uint8Array<ArrayBuffer>;
}

const HEADER_BYTES = 2; // version, flags
const ISSUED_AT_BYTES = 4; // unsigned 32-bit seconds: enough until 2106

export const SIGNED_BYTES_WITHOUT_GRANT = HEADER_BYTES + 2 * ID_BYTES + ISSUED_AT_BYTES + NONCE_BYTES;
export const SIGNED_BYTES_WITH_GRANT = SIGNED_BYTES_WITHOUT_GRANT + ID_BYTES;
export const CODE_BYTES_WITHOUT_GRANT = SIGNED_BYTES_WITHOUT_GRANT + SIGNATURE_BYTES;
export const CODE_BYTES_WITH_GRANT = SIGNED_BYTES_WITH_GRANT + SIGNATURE_BYTES;

const MAX_ISSUED_AT = 0xffff_ffff;

function requireId(name: string, id: string): Uint8Array<ArrayBuffer> {
  const bytes = idToBytes(id);
  if (bytes === null) throw new RangeError(`${name} must be UUID text, got ${JSON.stringify(id)}`);
  return bytes;
}

/**
 * The bytes a device signs. Throws RangeError for invalid input: that is a bug
 * in the calling code, not something a person can cause or fix.
 */
export function encodeSignedBytes(
  fields: Omit<VoucherCodeFields, "version" | "nonce"> & { nonce: Uint8Array },
): Uint8Array<ArrayBuffer> {
  const voucherId = requireId("voucherId", fields.voucherId);
  const deviceId = requireId("deviceId", fields.deviceId);
  const grantId = fields.grantId === null ? null : requireId("grantId", fields.grantId);
  if (!Number.isInteger(fields.issuedAt) || fields.issuedAt < 0 || fields.issuedAt > MAX_ISSUED_AT) {
    // Most likely milliseconds were passed where seconds are expected.
    throw new RangeError(`issuedAt must be whole seconds since the epoch (0..2^32-1), got ${fields.issuedAt}`);
  }
  if (fields.nonce.length !== NONCE_BYTES) {
    throw new RangeError(`nonce must be ${NONCE_BYTES} bytes, got ${fields.nonce.length}`);
  }

  const out = new Uint8Array(grantId === null ? SIGNED_BYTES_WITHOUT_GRANT : SIGNED_BYTES_WITH_GRANT);
  const view = new DataView(out.buffer);
  let o = 0;
  out[o++] = CODE_VERSION;
  out[o++] = grantId === null ? 0 : FLAG_GRANT;
  out.set(voucherId, o);
  o += ID_BYTES;
  out.set(deviceId, o);
  o += ID_BYTES;
  if (grantId !== null) {
    out.set(grantId, o);
    o += ID_BYTES;
  }
  view.setUint32(o, fields.issuedAt, false);
  o += ISSUED_AT_BYTES;
  out.set(fields.nonce, o);
  return out;
}

/** Parses a whole code (signed bytes + signature); a string says why it is malformed. */
export function parseCodeBytes(bytes: Uint8Array<ArrayBuffer>): DecodedVoucherCode | string {
  if (bytes.length < HEADER_BYTES) return `too short: ${bytes.length} bytes`;
  const version = bytes[0];
  if (version !== CODE_VERSION) return `unknown version ${version}`;
  const flags = bytes[1] ?? 0;
  if ((flags & ~FLAG_GRANT) !== 0) return `unknown flags 0x${flags.toString(16)}`;
  const hasGrant = (flags & FLAG_GRANT) !== 0;
  const expected = hasGrant ? CODE_BYTES_WITH_GRANT : CODE_BYTES_WITHOUT_GRANT;
  if (bytes.length !== expected) return `expected ${expected} bytes, got ${bytes.length}`;

  // Copies, so the result does not alias the caller's buffer.
  const take = (from: number, length: number) => bytes.slice(from, from + length);
  let o = HEADER_BYTES;
  const voucherId = bytesToId(take(o, ID_BYTES));
  o += ID_BYTES;
  const deviceId = bytesToId(take(o, ID_BYTES));
  o += ID_BYTES;
  let grantId: string | null = null;
  if (hasGrant) {
    grantId = bytesToId(take(o, ID_BYTES));
    o += ID_BYTES;
  }
  const issuedAt = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(o, false);
  o += ISSUED_AT_BYTES;
  const nonce = take(o, NONCE_BYTES);
  o += NONCE_BYTES;
  return {
    version: CODE_VERSION,
    voucherId,
    deviceId,
    grantId,
    issuedAt,
    nonce,
    signedBytes: take(0, o),
    signature: take(o, SIGNATURE_BYTES),
  };
}

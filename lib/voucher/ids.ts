/**
 * Voucher, device and grant ids: 128-bit values written as UUID text, so the
 * database keeps them in native `uuid` columns (PGlite and PostgreSQL alike) and
 * the code carries them as 16 raw bytes. The voucher id is a random id of its
 * own, never derived from the national ID number, so a leaked code or log says
 * nothing about the person and the id can be replaced if it ever needs to be.
 */
import { ID_BYTES } from "./constants";
import { fromHex, randomBytes, toHex } from "./bytes";

const UUID_TEXT = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** True for UUID text (any case), the form every id takes outside the code. */
export function isId(text: string): boolean {
  return UUID_TEXT.test(text);
}

/** UUID text (any case) -> 16 bytes; null when the text is not a UUID. */
export function idToBytes(id: string): Uint8Array<ArrayBuffer> | null {
  if (!UUID_TEXT.test(id)) return null;
  return fromHex(id.replaceAll("-", ""));
}

/** 16 bytes -> lowercase UUID text, the one form the code's fields are reported in. */
export function bytesToId(bytes: Uint8Array): string {
  if (bytes.length !== ID_BYTES) throw new RangeError(`an id has ${ID_BYTES} bytes, got ${bytes.length}`);
  const h = toHex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A fresh random id (UUID version 4), e.g. for a new voucher id or device. */
export function newId(): string {
  const b = randomBytes(ID_BYTES);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  return bytesToId(b);
}

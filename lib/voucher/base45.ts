/**
 * Base45 (RFC 9285). It only uses characters of the QR alphanumeric mode, which
 * packs 2 characters into 11 bits, so 2 bytes -> 3 characters -> 16.5 bits: a
 * QR symbol holds the code in fewer modules than byte mode or base64 would.
 */

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

// Character -> value; -1 for characters outside the alphabet.
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

function charAt(value: number): string {
  const c = ALPHABET[value];
  if (c === undefined) throw new RangeError(`base45 digit out of range: ${value}`);
  return c;
}

function valueAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (VALUE_OF[code] ?? -1) : -1;
}

export function base45Encode(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    // Two bytes as a big-endian 16-bit number, written least significant digit first.
    let n = (bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0);
    const c = n % 45;
    n = (n - c) / 45;
    const d = n % 45;
    const e = (n - d) / 45;
    out += charAt(c) + charAt(d) + charAt(e);
  }
  if (i < bytes.length) {
    const n = bytes[i] ?? 0;
    out += charAt(n % 45) + charAt(Math.floor(n / 45));
  }
  return out;
}

/**
 * Strict decoding: returns null for a character outside the alphabet, a length
 * that leaves one character over, or a group whose value does not fit its bytes.
 * Those rules make the encoding one-to-one, so each byte string has exactly one text.
 */
export function base45Decode(text: string): Uint8Array<ArrayBuffer> | null {
  const rest = text.length % 3;
  if (rest === 1) return null;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (rest === 2 ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 2 < text.length; i += 3) {
    const c = valueAt(text, i);
    const d = valueAt(text, i + 1);
    const e = valueAt(text, i + 2);
    if (c < 0 || d < 0 || e < 0) return null;
    const n = c + d * 45 + e * 45 * 45;
    if (n > 0xffff) return null;
    out[o++] = n >> 8;
    out[o++] = n & 0xff;
  }
  if (rest === 2) {
    const c = valueAt(text, i);
    const d = valueAt(text, i + 1);
    if (c < 0 || d < 0) return null;
    const n = c + d * 45;
    if (n > 0xff) return null;
    out[o] = n;
  }
  return out;
}

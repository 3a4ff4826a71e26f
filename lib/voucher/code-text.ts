/**
 * The text inside the QR symbol: prefix + base45 of the binary code. Every
 * character is in the QR alphanumeric set (including the ":" of the prefix),
 * so a QR encoder keeps the whole text in alphanumeric mode.
 */
import { base45Decode, base45Encode } from "./base45";
import { CODE_BYTES_WITH_GRANT, parseCodeBytes, type DecodedVoucherCode } from "./code-layout";
import { CODE_PREFIX } from "./constants";
import { voucherError, type VoucherResult } from "./errors";

function base45Length(byteCount: number): number {
  return Math.floor(byteCount / 2) * 3 + (byteCount % 2) * 2;
}

/** No valid code is longer; longer input is refused before any decoding work. */
export const MAX_CODE_TEXT_LENGTH = CODE_PREFIX.length + base45Length(CODE_BYTES_WITH_GRANT);

export function encodeCodeText(codeBytes: Uint8Array): string {
  return CODE_PREFIX + base45Encode(codeBytes);
}

/**
 * Reads a scanned text into its fields, the signed bytes and the signature,
 * without checking the signature or the time. Strict: the text must be exactly
 * what signVoucherCode produced. In particular it is not trimmed, because a
 * space is a base45 digit; a terminal should strip only the line ending a USB
 * scanner sends after the code.
 */
export function decodeVoucherCode(text: string): VoucherResult<DecodedVoucherCode> {
  if (text.length > MAX_CODE_TEXT_LENGTH) {
    return { ok: false, error: voucherError("malformed", `longer than ${MAX_CODE_TEXT_LENGTH} characters`) };
  }
  if (!text.startsWith(CODE_PREFIX)) {
    return { ok: false, error: voucherError("malformed", `missing prefix ${CODE_PREFIX}`) };
  }
  const bytes = base45Decode(text.slice(CODE_PREFIX.length));
  if (bytes === null) return { ok: false, error: voucherError("malformed", "not base45") };
  const parsed = parseCodeBytes(bytes);
  if (typeof parsed === "string") return { ok: false, error: voucherError("malformed", parsed) };
  return { ok: true, value: parsed };
}

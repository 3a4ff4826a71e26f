/**
 * A USB scanner (keyboard wedge) types the code and then a line ending. Only that ending
 * is removed: a space is a base45 digit and may end a real code (docs/voucher-format.md).
 */
export function stripScannerLineEnding(text: string): string {
  return text.replace(/[\r\n]+$/, "");
}

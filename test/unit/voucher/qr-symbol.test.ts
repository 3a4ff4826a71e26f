import jsQR from "jsqr";
import { describe, expect, test } from "vitest";
import { qrSymbolPath } from "@/components/voucher/qr-path";
import { newId, QR_VERSION, signVoucherCode, unixSeconds } from "@/lib/voucher";
import { stripScannerLineEnding } from "@/lib/voucher/scanner-input";
import { deviceKey } from "./fixtures";

/** Paints the SVG path the code screen draws into RGBA pixels, as a camera would see the screen. */
function rasterise(size: number, path: string, scale: number): { data: Uint8ClampedArray; width: number } {
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(run) * scale; dx++) {
        const px = Number(x) * scale + dx;
        const py = Number(y) * scale + dy;
        const i = (py * width + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, width };
}

describe("the QR symbol the code screen draws", () => {
  test.each([
    { label: "without a grant", grant: false, version: QR_VERSION.withoutGrant },
    { label: "with a grant", grant: true, version: QR_VERSION.withGrant },
  ])("reads back to the identical code $label, at version $version with a 4-module quiet zone", async ({ grant, version }) => {
    const { privateKey } = await deviceKey();
    const text = await signVoucherCode(
      { voucherId: newId(), deviceId: newId(), grantId: grant ? newId() : null, issuedAt: unixSeconds(new Date()) },
      privateKey,
    );
    const symbol = qrSymbolPath(text);
    expect(symbol.version).toBe(version);
    expect(symbol.size).toBe(17 + 4 * version + 8);
    // Nothing is drawn in the quiet zone.
    for (const [, x, y] of symbol.path.matchAll(/M(\d+) (\d+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(4);
      expect(Number(y)).toBeGreaterThanOrEqual(4);
    }
    const { data, width } = rasterise(symbol.size, symbol.path, 4);
    expect(jsQR(data, width, width)?.data).toBe(text);
  });
});

test("50 random codes, drawn with the fixed mask, all read back to the identical text", async () => {
  const { privateKey } = await deviceKey();
  for (let i = 0; i < 50; i++) {
    const text = await signVoucherCode(
      { voucherId: newId(), deviceId: newId(), grantId: i % 2 ? newId() : null, issuedAt: unixSeconds(new Date()) },
      privateKey,
    );
    const symbol = qrSymbolPath(text);
    const { data, width } = rasterise(symbol.size, symbol.path, 3);
    expect(jsQR(data, width, width)?.data).toBe(text);
  }
});

describe("scanner input", () => {
  test.each([
    ["YB1:ABC\r\n", "YB1:ABC"],
    ["YB1:ABC\n", "YB1:ABC"],
    ["YB1:ABC\r", "YB1:ABC"],
    ["YB1:AB \r\n", "YB1:AB "],
    [" YB1:ABC", " YB1:ABC"],
    ["YB1:A\nBC", "YB1:A\nBC"],
  ])("%j becomes %j: only the trailing line ending goes", (input, expected) => {
    expect(stripScannerLineEnding(input)).toBe(expected);
  });
});

// The encoder alone: the package's main module adds canvas and SVG renderers we do not use.
import { create } from "qrcode/lib/core/qrcode";
import { QR_ERROR_CORRECTION_LEVEL } from "@/lib/voucher";

/** The quiet zone scanners need around a symbol, in modules (the QR standard asks for 4). */
const QUIET_ZONE = 4;
/** The mask every symbol is drawn with (see qrSymbolPath). */
export const QR_MASK_PATTERN = 2;

export interface QrSymbolGeometry {
  /** Modules per side, quiet zone included. */
  size: number;
  path: string;
  version: number;
}

// The last symbol made: the code screen's first symbol is made before React renders, by the
// boot script (code-boot.ts), whose encoder the screen then uses, so it is not made twice.
let last: { text: string; geometry: QrSymbolGeometry } | null = null;

/**
 * The symbol's dark modules as one SVG path, row by row with runs merged, so a 45×45
 * symbol is a few hundred path commands instead of a thousand elements: quick to draw
 * on a slow phone, and sharp at any size. Pure (no React): the boot script uses it too.
 */
export function qrSymbolPath(text: string): QrSymbolGeometry {
  if (last?.text === text) return last.geometry;
  // Two shortcuts keep the first symbol of a cold page quick (the encoder's own searches cost
  // 20-80 ms there, before the JIT warms up):
  // - the whole text is in the QR alphanumeric set by design (docs/voucher-format.md), so it
  //   is handed over as one alphanumeric segment instead of searching for segments;
  // - a fixed mask instead of trying all eight. For our codes mask 2 scores on average 7 %
  //   above the best mask's penalty (300 random codes; at worst 1.4×); every mask decodes the
  //   same, and test/unit/voucher/qr-symbol.test.ts reads 50 random symbols back.
  const qr = create([{ data: text, mode: "alphanumeric" }], {
    errorCorrectionLevel: QR_ERROR_CORRECTION_LEVEL,
    maskPattern: QR_MASK_PATTERN,
  });
  const n = qr.modules.size;
  let path = "";
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.modules.get(row, col)) col++;
      const run = col - start;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`;
    }
  }
  const geometry = { size: n + 2 * QUIET_ZONE, path, version: qr.version };
  last = { text, geometry };
  return geometry;
}

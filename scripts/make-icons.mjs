// Draws the app icons (a white cross on a green tile) into public/icons. Run once; the PNGs are committed.
import { writeFileSync } from "node:fs";
import { PNG } from "pngjs";

function drawIcon(size, { maskable }) {
  const png = new PNG({ width: size, height: size });
  const green = [6, 95, 70];
  // Maskable icons keep their artwork inside the central 80% safe zone and fill the whole square.
  const radius = maskable ? 0 : size * 0.18;
  const arm = size * (maskable ? 0.13 : 0.16);
  const reach = size * (maskable ? 0.27 : 0.33);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const inTile = insideRoundedSquare(x + 0.5, y + 0.5, size, radius);
      const dx = Math.abs(x + 0.5 - c);
      const dy = Math.abs(y + 0.5 - c);
      const inCross = (dx <= arm && dy <= reach) || (dy <= arm && dx <= reach);
      const [r, g, b] = inCross ? [255, 255, 255] : green;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = inTile ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

function insideRoundedSquare(x, y, size, r) {
  if (r === 0) return true;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

writeFileSync("public/icons/icon-192.png", drawIcon(192, { maskable: false }));
writeFileSync("public/icons/icon-512.png", drawIcon(512, { maskable: false }));
writeFileSync("public/icons/icon-maskable-512.png", drawIcon(512, { maskable: true }));
writeFileSync("public/icons/apple-touch-icon.png", drawIcon(180, { maskable: true }));
writeFileSync("app/icon.png", drawIcon(48, { maskable: false }));

/**
 * Camera frames of a phone showing an e-voucher, as a counter's camera sees them: 640×480, the
 * code's QR symbol (version 7, or 8 with a grant, level M, as the code screen draws it) on a
 * white screen set in a darker scene, in perspective, then blurred, noisy, glared, small, tilted
 * or faded. Deterministic (seeded), so the decoder benchmark and the tests see the same frames.
 */
import { create } from "qrcode";
import { QR_MASK_PATTERN } from "@/components/voucher/qr-path";
import { QR_ERROR_CORRECTION_LEVEL } from "@/lib/voucher";

export const FRAME_WIDTH = 640;
export const FRAME_HEIGHT = 480;
const QUIET_ZONE = 4;

export const FRAME_KINDS = ["clean", "blur", "noise", "glare", "small", "tilted", "low contrast"] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];

export interface Frame {
  kind: FrameKind;
  /** What the frame's symbol says. */
  text: string;
  width: number;
  height: number;
  /** RGBA. */
  data: Uint8ClampedArray;
}

/** A small seeded generator (mulberry32): the same frames on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Point = [number, number];
type Matrix3 = [number, number, number, number, number, number, number, number, number];

/** The homography taking the unit square's corners (0,0) (1,0) (1,1) (0,1) to `quad` (Heckbert). */
function squareToQuad([p0, p1, p2, p3]: [Point, Point, Point, Point]): Matrix3 {
  const [x0, y0] = p0, [x1, y1] = p1, [x2, y2] = p2, [x3, y3] = p3;
  const dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
  const sx = x0 - x1 + x2 - x3, sy = y0 - y1 + y2 - y3;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / det;
  const h = (dx1 * sy - sx * dy1) / det;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

function invert3([a, b, c, d, e, f, g, h, i]: Matrix3): Matrix3 {
  const A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A / det, -(b * i - c * h) / det, (b * f - c * e) / det, B / det, (a * i - c * g) / det, -(a * f - c * d) / det, C / det, -(a * h - b * g) / det, (a * e - b * d) / det];
}

/** `passes` box blurs each way: three or more come close to a Gaussian (σ² = passes·((2r+1)²−1)/12). */
function boxBlur(lum: Float32Array, width: number, height: number, radius: number, passes: number): void {
  if (radius < 1) return;
  const tmp = new Float32Array(lum.length);
  const pass = (src: Float32Array, dst: Float32Array, step: number, count: number, lines: number, lineStep: number) => {
    for (let line = 0; line < lines; line++) {
      const base = line * lineStep;
      for (let i = 0; i < count; i++) {
        let sum = 0;
        let n = 0;
        for (let k = -radius; k <= radius; k++) {
          const j = i + k;
          if (j < 0 || j >= count) continue;
          sum += src[base + j * step]!;
          n++;
        }
        dst[base + i * step] = sum / n;
      }
    }
  };
  for (let p = 0; p < passes; p++) {
    pass(lum, tmp, 1, width, height, width);
    pass(tmp, lum, width, height, width, 1);
  }
}

/** One frame of `text` of the given kind; `random` varies the placement and the effect's strength. */
export function renderFrame(text: string, kind: FrameKind, random: () => number): Frame {
  const qr = create([{ data: text, mode: "alphanumeric" }], { errorCorrectionLevel: QR_ERROR_CORRECTION_LEVEL, maskPattern: QR_MASK_PATTERN });
  const modules = qr.modules.size;
  const side = modules + 2 * QUIET_ZONE;
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();

  // The symbol's size on the frame: a phone held 20-30 cm away, or far away for "small".
  const size = kind === "small" ? between(2.1, 2.6) * side : between(4.2, 6) * side;
  const cx = FRAME_WIDTH / 2 + between(-60, 60);
  const cy = FRAME_HEIGHT / 2 + between(-40, 40);
  const angle = between(-0.35, 0.35);
  // Tilt: one edge of the screen farther from the camera than the other.
  const tilt = kind === "tilted" ? between(0.25, 0.4) * (random() < 0.5 ? -1 : 1) : between(-0.05, 0.05);
  const corners: Point[] = [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([u, v]) => {
    const shrink = 1 + tilt * u!;
    const x = (u! * size) / 2;
    const y = ((v! * size) / 2) * shrink;
    return [cx + x * Math.cos(angle) - y * Math.sin(angle), cy + x * Math.sin(angle) + y * Math.cos(angle)];
  });
  const toSymbol = invert3(squareToQuad(corners as [Point, Point, Point, Point]));

  const lum = new Float32Array(FRAME_WIDTH * FRAME_HEIGHT);
  const darkModule = (sx: number, sy: number) => {
    const col = Math.floor(sx * side) - QUIET_ZONE;
    const row = Math.floor(sy * side) - QUIET_ZONE;
    return col >= 0 && row >= 0 && col < modules && row < modules && qr.modules.get(row, col);
  };
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = toSymbol;
  for (let y = 0; y < FRAME_HEIGHT; y++) {
    for (let x = 0; x < FRAME_WIDTH; x++) {
      // 2×2 samples per pixel: edges come out grey, as through a real lens and sensor.
      let sum = 0;
      for (const [ox, oy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]] as const) {
        const px = x + ox, py = y + oy;
        const w = m6 * px + m7 * py + m8;
        const sx = (m0 * px + m1 * py + m2) / w;
        const sy = (m3 * px + m4 * py + m5) / w;
        // Outside the screen: the counter, darker and shaded.
        if (sx < -0.06 || sy < -0.06 || sx > 1.06 || sy > 1.06) sum += 70 + 40 * (y / FRAME_HEIGHT);
        else if (sx < 0 || sy < 0 || sx > 1 || sy > 1) sum += 35; // the phone's bezel
        else sum += darkModule(sx, sy) ? 18 : 235;
      }
      lum[y * FRAME_WIDTH + x] = sum / 4;
    }
  }

  // Every lens blurs a little (σ ≈ 0.8 px); an out-of-focus one a lot (σ = 2 px, modules 4-6 px wide).
  if (kind === "blur") boxBlur(lum, FRAME_WIDTH, FRAME_HEIGHT, 2, 2);
  else boxBlur(lum, FRAME_WIDTH, FRAME_HEIGHT, 1, 1);
  if (kind === "glare") {
    // A ceiling light reflected on the glass: a bright, soft patch washing over part of the code.
    const gx = cx + between(-0.3, 0.3) * size, gy = cy + between(-0.3, 0.3) * size;
    const radius = between(0.25, 0.4) * size;
    for (let i = 0; i < lum.length; i++) {
      const d = Math.hypot((i % FRAME_WIDTH) - gx, Math.floor(i / FRAME_WIDTH) - gy) / radius;
      lum[i] = lum[i]! + 200 * Math.exp(-d * d);
    }
  }
  if (kind === "low contrast") {
    const dark = between(95, 110), light = between(150, 165);
    for (let i = 0; i < lum.length; i++) lum[i] = dark + ((lum[i]! - 18) / (235 - 18)) * (light - dark);
  }
  const noise = kind === "noise" ? between(28, 38) : 4;
  const data = new Uint8ClampedArray(FRAME_WIDTH * FRAME_HEIGHT * 4);
  for (let i = 0; i < lum.length; i++) {
    // Gaussian sensor noise (Box-Muller).
    const g = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const v = lum[i]! + g * noise;
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = v;
    data[i * 4 + 3] = 255;
  }
  return { kind, text, width: FRAME_WIDTH, height: FRAME_HEIGHT, data };
}

/** YUV 4:2:0 of a frame in a one-frame Y4M file: Chromium's fake camera plays it in a loop. */
export function frameToY4m(frame: Frame): Buffer {
  const { width, height, data } = frame;
  const y = Buffer.alloc(width * height);
  for (let i = 0; i < width * height; i++) y[i] = Math.round(0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!);
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`, "ascii");
  return Buffer.concat([header, y, chroma, chroma]);
}

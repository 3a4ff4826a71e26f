/**
 * QR decoders side by side on the same generated camera frames (test/helpers/qr-frames.ts: 640×480,
 * real e-voucher codes at QR version 7 and 8, 25 frames per kind): jsQR, the old decoder, with the
 * options the old scanner used, and zxing-cpp's WebAssembly reader (zxing-wasm), the new one, with
 * the options the app's worker uses (components/scanner/reader-options.ts), both in this process.
 * A frame counts as read only when the decoded text is the frame's code exactly.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import jsQR from "jsqr";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { QR_READER_OPTIONS } from "@/components/scanner/reader-options";
import { generateDeviceKeyPair, newId, signVoucherCode, unixSeconds } from "@/lib/voucher";
import { FRAME_KINDS, renderFrame, seededRandom, type Frame, type FrameKind } from "../../test/helpers/qr-frames";

const FRAMES_PER_KIND = 25;

interface DecoderFigures {
  read: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface DecoderBenchRow {
  kind: FrameKind | "all";
  frames: number;
  jsqr: DecoderFigures;
  zxing: DecoderFigures;
}

function figures(times: number[], read: number): DecoderFigures {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { read, medianMs: round(at(50)), p95Ms: round(at(95)), maxMs: round(sorted[sorted.length - 1] ?? 0) };
}

/** Real codes, as phones make them: half of them with a grant (version 8), half without (version 7). */
async function codes(count: number): Promise<string[]> {
  const { privateKey } = await generateDeviceKeyPair();
  const issuedAt = unixSeconds(new Date());
  return Promise.all(
    Array.from({ length: count }, (_, i) => signVoucherCode({ voucherId: newId(), deviceId: newId(), grantId: i % 2 === 0 ? null : newId(), issuedAt }, privateKey)),
  );
}

export async function benchDecoder(): Promise<DecoderBenchRow[]> {
  const wasm = readFileSync(path.join(process.cwd(), "node_modules/zxing-wasm/dist/reader/zxing_reader.wasm"));
  await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
  const texts = await codes(FRAMES_PER_KIND);
  const decoders = {
    jsqr: async (frame: Frame) => jsQR(frame.data, frame.width, frame.height, { inversionAttempts: "dontInvert" })?.data ?? null,
    // zxing-wasm reads any { data, width, height } as ImageData (Node has no ImageData class).
    zxing: async (frame: Frame) => (await readBarcodes(frame as unknown as ImageData, QR_READER_OPTIONS)).find((r) => r.isValid)?.text ?? null,
  };
  // Warm-up (JIT, wasm tiers), not counted.
  const warm = renderFrame(texts[0]!, "clean", seededRandom(1));
  for (let i = 0; i < 5; i++) for (const decode of Object.values(decoders)) await decode(warm);

  const rows: DecoderBenchRow[] = [];
  const all = { jsqr: { times: [] as number[], read: 0 }, zxing: { times: [] as number[], read: 0 } };
  for (const [k, kind] of FRAME_KINDS.entries()) {
    const random = seededRandom(1_000 + k);
    const frames = texts.map((text) => renderFrame(text, kind, random));
    const row: Partial<DecoderBenchRow> = { kind, frames: frames.length };
    for (const name of ["jsqr", "zxing"] as const) {
      const times: number[] = [];
      let read = 0;
      for (const frame of frames) {
        const started = performance.now();
        const text = await decoders[name](frame);
        times.push(performance.now() - started);
        if (text === frame.text) read++;
      }
      row[name] = figures(times, read);
      all[name].times.push(...times);
      all[name].read += read;
    }
    rows.push(row as DecoderBenchRow);
  }
  rows.push({ kind: "all", frames: FRAMES_PER_KIND * FRAME_KINDS.length, jsqr: figures(all.jsqr.times, all.jsqr.read), zxing: figures(all.zxing.times, all.zxing.read) });
  return rows;
}

export function printDecoderBench(rows: DecoderBenchRow[]): void {
  console.log("\n## QR decoders on generated 640×480 camera frames (version 7/8 e-voucher codes): jsQR (old) vs zxing-wasm (new)");
  console.table(
    rows.map((r) => ({
      frames: r.kind,
      "jsQR read": `${r.jsqr.read}/${r.frames}`,
      "jsQR ms p50 / p95 / max": `${r.jsqr.medianMs} / ${r.jsqr.p95Ms} / ${r.jsqr.maxMs}`,
      "zxing read": `${r.zxing.read}/${r.frames}`,
      "zxing ms p50 / p95 / max": `${r.zxing.medianMs} / ${r.zxing.p95Ms} / ${r.zxing.maxMs}`,
    })),
  );
}

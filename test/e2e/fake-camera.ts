import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { QR_READER_OPTIONS } from "../../components/scanner/reader-options";
import { frameToY4m, renderFrame, seededRandom, type Frame, type FrameKind } from "../helpers/qr-frames";
import { chromiumArgs, chromiumPath } from "./chromium";

/**
 * A generated camera frame of `code` (test/helpers/qr-frames.ts) that the app's decoder can read:
 * the first of a few seeded frames of that kind that zxing-wasm, with the worker's options, reads
 * here in Node. The browser test then checks that the page reads it the same way.
 */
export async function readableFrame(code: string, kind: FrameKind): Promise<Frame> {
  const wasm = readFileSync(path.join(process.cwd(), "node_modules/zxing-wasm/dist/reader/zxing_reader.wasm"));
  await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
  for (let seed = 1; seed <= 10; seed++) {
    const frame = renderFrame(code, kind, seededRandom(seed));
    const read = await readBarcodes(frame as unknown as ImageData, QR_READER_OPTIONS);
    if (read.some((r) => r.isValid && r.text === code)) return frame;
  }
  throw new Error(`no ${kind} frame of the code was readable`);
}

/** A Chromium whose camera films `frame` over and over (Chromium's fake capture device). */
export async function browserFilming(frame: Frame): Promise<Browser> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "yibao-camera-")), "frame.y4m");
  writeFileSync(file, frameToY4m(frame));
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${file}`],
  });
}

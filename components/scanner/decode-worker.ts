/// <reference lib="webworker" />
/**
 * The WebAssembly QR decoder's own thread: a frame takes it from a few milliseconds to a few
 * tens, which would stall the page if it ran there. zxing-cpp's wasm is served by the app
 * itself and precached by the service worker (the library's default is a CDN).
 */
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { QR_READER_OPTIONS, ZXING_WASM_URL } from "./reader-options";
import type { DecodeReply, DecodeRequest } from "./decode-protocol";

declare const self: DedicatedWorkerGlobalScope;

prepareZXingModule({
  overrides: {
    locateFile: (file: string, prefix: string) => (file.endsWith(".wasm") ? new URL(ZXING_WASM_URL, self.location.origin).href : prefix + file),
  },
  // Compile the wasm now, while the camera starts, rather than on the first frame.
  fireImmediately: true,
}).catch(() => {
  // Reported with the first frame's decoding, which fails the same way.
});

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
  const { id, width, height, pixels } = event.data;
  let reply: DecodeReply;
  try {
    const results = await readBarcodes(new ImageData(new Uint8ClampedArray(pixels), width, height), QR_READER_OPTIONS);
    reply = { id, texts: results.filter((r) => r.isValid).map((r) => r.text) };
  } catch {
    reply = { id, error: true };
  }
  self.postMessage(reply);
};

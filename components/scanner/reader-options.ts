import type { ReaderOptions } from "zxing-wasm/reader";

/**
 * How the WebAssembly decoder (zxing-cpp) reads a camera frame: QR codes only, one per frame,
 * trying harder (more binarizer thresholds, rotations, a downscaled copy) because a phone screen
 * under a counter's lights is blurred, tilted and glared. The decoder benchmark
 * (`npm run bench -- decoder`) measures exactly these options.
 */
export const QR_READER_OPTIONS: ReaderOptions = {
  formats: ["QRCode"],
  tryHarder: true,
  tryRotate: true,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 1,
};

/** Where the app serves zxing-cpp's WebAssembly (app/scanner/zxing_reader.wasm/route.ts); never a CDN. */
export const ZXING_WASM_URL = "/scanner/zxing_reader.wasm";

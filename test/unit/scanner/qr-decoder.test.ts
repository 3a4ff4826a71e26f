import { afterEach, expect, test } from "vitest";
import { createQrDecoder } from "@/components/scanner/qr-decoder";

// The browser's Barcode Detection API as Chrome on Android ships it; this test runs where there is none.
class FakeBarcodeDetector {
  static formats = ["qr_code", "ean_13"];
  static async getSupportedFormats() {
    return FakeBarcodeDetector.formats;
  }
  constructor(readonly options: { formats: string[] }) {}
  async detect() {
    return this.options.formats.includes("qr_code") ? [{ rawValue: "YB1:CODE" }] : [];
  }
}

afterEach(() => {
  delete (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
  delete (globalThis as { Worker?: unknown }).Worker;
});

test("the browser's own detector is used where it reads QR codes", async () => {
  Object.assign(globalThis, { BarcodeDetector: FakeBarcodeDetector });
  const decoder = await createQrDecoder();
  expect(decoder.kind).toBe("native");
  expect(await decoder.decode({ width: 1, height: 1, data: new Uint8ClampedArray(4) } as ImageData)).toEqual(["YB1:CODE"]);
});

test("a detector that reads no QR codes, or none at all, means the WebAssembly decoder in a worker", async () => {
  const started: string[] = [];
  class RecordingWorker {
    constructor(url: URL) {
      started.push(url.pathname);
    }
    postMessage() {}
    terminate() {}
  }
  Object.assign(globalThis, { Worker: RecordingWorker });
  Object.assign(globalThis, { BarcodeDetector: class extends FakeBarcodeDetector { static override async getSupportedFormats() { return ["ean_13"]; } } });
  expect((await createQrDecoder()).kind).toBe("wasm");
  delete (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
  expect((await createQrDecoder()).kind).toBe("wasm");
  expect(started).toHaveLength(2);
  expect(started[0]).toMatch(/decode-worker\.ts$/);
});

/**
 * A QR decoder for camera frames. The browser's own BarcodeDetector where it reads QR codes
 * (Chrome on Android and macOS, Safari: it decodes off the page's thread); elsewhere zxing-cpp
 * compiled to WebAssembly in a Web Worker (decode-worker.ts), so the page never freezes.
 */
import type { DecodeReply, DecodeRequest } from "./decode-protocol";

export interface QrDecoder {
  kind: "native" | "wasm";
  /** The texts of the QR codes read in the frame (none when there is none). */
  decode(frame: ImageData): Promise<string[]>;
  close(): void;
}

/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    // Some browsers define the class but read no QR codes (or none at all on this device).
    if (!(await Detector.getSupportedFormats()).includes("qr_code")) return null;
    return new Detector({ formats: ["qr_code"] });
  } catch {
    return null;
  }
}

function workerDecoder(): QrDecoder {
  const worker = new Worker(new URL("./decode-worker.ts", import.meta.url), { type: "module", name: "qr-decoder" });
  const waiting = new Map<number, { resolve: (texts: string[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.onmessage = (event: MessageEvent<DecodeReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!pending) return;
    if ("error" in reply) pending.reject(new Error("the QR decoder could not read the frame"));
    else pending.resolve(reply.texts);
  };
  worker.onerror = () => {
    for (const pending of waiting.values()) pending.reject(new Error("the QR decoder stopped"));
    waiting.clear();
  };
  return {
    kind: "wasm",
    decode(frame) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const request: DecodeRequest = { id, width: frame.width, height: frame.height, pixels: frame.data.buffer as ArrayBuffer };
        worker.postMessage(request, [request.pixels]);
      });
    },
    close() {
      worker.terminate();
      for (const pending of waiting.values()) pending.reject(new Error("the QR decoder was closed"));
      waiting.clear();
    },
  };
}

export async function createQrDecoder(): Promise<QrDecoder> {
  const detector = await nativeDetector();
  if (!detector) return workerDecoder();
  return {
    kind: "native",
    decode: async (frame) => (await detector.detect(frame)).map((code) => code.rawValue),
    close: () => {},
  };
}

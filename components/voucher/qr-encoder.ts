import type { QrSymbolGeometry } from "./qr-path";

/** Text to QR symbol: qrSymbolPath (qr-path.ts), with the QR encoder library behind it. */
export type QrEncoder = (text: string) => QrSymbolGeometry;

// The code screen's bundle does not include the encoder: on a full page load the boot script
// (code-boot.ts) has one already and hands it over; after a client-side navigation it is loaded
// on its own, while the first code is being signed.
let encoder: QrEncoder | null = null;
let loading: Promise<QrEncoder> | null = null;

export function adoptQrEncoder(boot: QrEncoder): void {
  encoder ??= boot;
}

export function loadQrEncoder(): Promise<QrEncoder> {
  if (encoder) return Promise.resolve(encoder);
  loading ??= import("./qr-path").then(
    (module) => (encoder ??= module.qrSymbolPath),
    (error: unknown) => {
      // A failed load (offline, before the chunk was cached) is tried again by the next caller.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The encoder if it is there already (adopted or loaded), else null. */
export function loadedQrEncoder(): QrEncoder | null {
  return encoder;
}

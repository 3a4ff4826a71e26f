"use client";
import { useCameraScan } from "@/components/scanner/use-camera-scan";
import type { Messages } from "@/lib/i18n/client";

/**
 * Scans with the device camera. Frames are decoded by the browser's BarcodeDetector or, where
 * it has none, by a WebAssembly decoder in a worker (components/scanner); the camera stops as
 * soon as a Yibao Pass code is read.
 */
export function CameraScanner({ onCode, m }: { onCode: (code: string) => void; m: Messages["terminal"] }) {
  const { state, otherCode, video, start, stop, active } = useCameraScan(onCode);
  const message =
    state === "starting" ? m.cameraStarting
    : state === "scanning" ? (otherCode ? m.cameraOtherCode : m.cameraScanning)
    : state === "denied" ? m.cameraDenied
    : state === "missing" ? m.cameraMissing
    : state === "unavailable" ? m.cameraUnavailable
    : "";

  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={active ? stop : () => void start()}
        aria-pressed={active}
        className="min-h-12 rounded-lg border-2 border-brand-700 px-5 text-lg font-semibold text-brand-700 hover:bg-brand-50"
      >
        {active ? m.cameraStop : m.camera}
      </button>
      <p role="status" className="min-h-6 text-base">{message}</p>
      <video
        ref={video}
        muted
        playsInline
        aria-label={m.cameraVideoLabel}
        hidden={!active}
        className="aspect-video w-full max-w-md rounded-lg bg-black object-cover"
      />
    </div>
  );
}

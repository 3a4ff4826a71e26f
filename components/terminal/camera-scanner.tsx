"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Messages } from "@/lib/i18n";
import { CODE_PREFIX } from "@/lib/voucher";

type CameraState = "off" | "starting" | "scanning" | "denied" | "missing" | "unavailable";

// Decoding every frame would heat a counter tablet for nothing; ~8 frames a second is instant to a person.
const DECODE_INTERVAL_MS = 120;
// jsQR's cost grows with the pixel count; a 640-pixel-wide frame still resolves a 49×49 symbol.
const MAX_FRAME_WIDTH = 640;

/**
 * Scans with the device camera (getUserMedia) and decodes frames with jsQR, which is loaded
 * only when the camera is switched on. Stops the camera as soon as a Yibao Pass code is read.
 */
export function CameraScanner({ onCode, m }: { onCode: (code: string) => void; m: Messages["terminal"] }) {
  const [state, setState] = useState<CameraState>("off");
  const [otherCode, setOtherCode] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const frame = useRef<number | null>(null);

  const stop = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    setState("off");
  }, []);

  useEffect(() => stop, [stop]);

  const start = async () => {
    setOtherCode(false);
    if (!navigator.mediaDevices?.getUserMedia) return setState("unavailable");
    setState("starting");
    try {
      const [{ default: jsQR }, media] = await Promise.all([
        import("jsqr"),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }),
      ]);
      stream.current = media;
      const el = video.current;
      if (!el) return stop();
      el.srcObject = media;
      await el.play();
      setState("scanning");
      const canvas = document.createElement("canvas");
      const context = canvas.getContext("2d", { willReadFrequently: true });
      let last = 0;
      const tick = (time: number) => {
        frame.current = requestAnimationFrame(tick);
        if (!context || time - last < DECODE_INTERVAL_MS || el.videoWidth === 0) return;
        last = time;
        const scale = Math.min(1, MAX_FRAME_WIDTH / el.videoWidth);
        canvas.width = Math.round(el.videoWidth * scale);
        canvas.height = Math.round(el.videoHeight * scale);
        context.drawImage(el, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
        if (!found) return;
        if (!found.data.startsWith(CODE_PREFIX)) return setOtherCode(true);
        stop();
        onCode(found.data);
      };
      frame.current = requestAnimationFrame(tick);
    } catch (error) {
      stop();
      const name = error instanceof DOMException ? error.name : "";
      setState(name === "NotAllowedError" || name === "SecurityError" ? "denied" : name === "NotFoundError" ? "missing" : "unavailable");
    }
  };

  const active = state === "starting" || state === "scanning";
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

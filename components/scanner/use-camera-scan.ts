"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { CODE_PREFIX } from "@/lib/voucher";
import type { QrDecoder } from "./qr-decoder";

export type CameraState = "off" | "starting" | "scanning" | "denied" | "missing" | "unavailable";

// ~8 frames a second is instant to a person and spares a counter tablet's battery and heat.
const DECODE_INTERVAL_MS = 120;
// A 640-pixel-wide frame resolves a 49×49 symbol at arm's length; larger frames cost more per decode.
const MAX_FRAME_WIDTH = 640;

/**
 * The camera (getUserMedia) and the QR decoder (qr-decoder.ts) for a scanning screen: frames
 * are decoded one at a time, off the page's thread, until a Yibao Pass code is read; then the
 * camera stops and `onCode` gets the code's text. Another QR code sets `otherCode`.
 */
export function useCameraScan(onCode: (code: string) => void) {
  const [state, setState] = useState<CameraState>("off");
  const [otherCode, setOtherCode] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const session = useRef<{ stream: MediaStream | null; decoder: QrDecoder | null; frame: number | null; stopped: boolean } | null>(null);
  const latestOnCode = useRef(onCode);
  latestOnCode.current = onCode;

  const stop = useCallback(() => {
    const current = session.current;
    session.current = null;
    if (current) {
      current.stopped = true;
      if (current.frame !== null) cancelAnimationFrame(current.frame);
      current.stream?.getTracks().forEach((t) => t.stop());
      current.decoder?.close();
    }
    setState("off");
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(async () => {
    stop();
    setOtherCode(false);
    if (!navigator.mediaDevices?.getUserMedia) return setState("unavailable");
    const current: NonNullable<typeof session.current> = { stream: null, decoder: null, frame: null, stopped: false };
    session.current = current;
    setState("starting");
    try {
      const [decoder, stream] = await Promise.all([
        // The decoder's code is loaded when the camera is first turned on, not with the screen.
        import("./qr-decoder").then(({ createQrDecoder }) => createQrDecoder()),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }),
      ]);
      current.decoder = decoder;
      current.stream = stream;
      const el = video.current;
      if (current.stopped || !el) return stop();
      el.srcObject = stream;
      await el.play();
      if (current.stopped) return;
      setState("scanning");
      const canvas = document.createElement("canvas");
      const context = canvas.getContext("2d", { willReadFrequently: true });
      let last = 0;
      let decoding = false;
      const tick = (time: number) => {
        if (current.stopped) return;
        current.frame = requestAnimationFrame(tick);
        if (!context || decoding || time - last < DECODE_INTERVAL_MS || el.videoWidth === 0) return;
        last = time;
        const scale = Math.min(1, MAX_FRAME_WIDTH / el.videoWidth);
        canvas.width = Math.round(el.videoWidth * scale);
        canvas.height = Math.round(el.videoHeight * scale);
        context.drawImage(el, 0, 0, canvas.width, canvas.height);
        decoding = true;
        decoder
          .decode(context.getImageData(0, 0, canvas.width, canvas.height))
          .then((texts) => {
            if (current.stopped || texts.length === 0) return;
            const code = texts.find((text) => text.startsWith(CODE_PREFIX));
            if (!code) return setOtherCode(true);
            stop();
            latestOnCode.current(code);
          })
          .catch(() => {
            // One unreadable frame; the next one is tried.
          })
          .finally(() => {
            decoding = false;
          });
      };
      current.frame = requestAnimationFrame(tick);
    } catch (error) {
      stop();
      const name = error instanceof DOMException ? error.name : "";
      setState(name === "NotAllowedError" || name === "SecurityError" ? "denied" : name === "NotFoundError" ? "missing" : "unavailable");
    }
  }, [stop]);

  return { state, otherCode, video, start, stop, active: state === "starting" || state === "scanning" };
}

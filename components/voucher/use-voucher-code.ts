"use client";
import { useCallback, useEffect, useState } from "react";
import { REFRESH_SECONDS, signVoucherCode, unixSeconds, type StoredDevice, type StoredGrant } from "@/lib/voucher";
import type { ShownCode } from "./early-start";
import { loadedQrEncoder, loadQrEncoder, type QrEncoder } from "./qr-encoder";

/**
 * Makes a fresh signed code now, then every REFRESH_SECONDS, and at once whenever the page
 * comes back into view (timers sleep in the background, so the code on a woken screen
 * could otherwise be stale). All offline: the device's own key signs it.
 */
export function useVoucherCode(device: StoredDevice | null, grant: StoredGrant | null, first: ShownCode | null = null) {
  const [code, setCode] = useState<ShownCode | null>(first);
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!device) return;
    const voucherId = grant?.voucherId ?? device.voucherId;
    if (!voucherId) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The first code, made as the page loaded (code-boot.ts or the service worker), stays on screen;
    // the next one follows on time, so taking it over changes nothing a person or a counter could
    // see. One made by another clock (over a second ahead of this page's) is replaced at once.
    const age = first ? Date.now() - first.madeAt : Infinity;
    const usable = generation === 0 && first && age > -1000 && age < REFRESH_SECONDS * 1000 ? first : null;
    const make = async () => {
      clearTimeout(timer);
      const now = new Date();
      try {
        const text = await signVoucherCode(
          { voucherId, deviceId: device.deviceId, grantId: grant?.grantId ?? null, issuedAt: unixSeconds(now) },
          device.privateKey,
        );
        if (cancelled) return;
        setCode({ text, madeAt: now.getTime() });
        setFailed(false);
      } catch {
        // A key the browser can no longer use (e.g. storage cleared mid-way).
        if (!cancelled) setFailed(true);
        return;
      }
      timer = setTimeout(() => void make(), REFRESH_SECONDS * 1000);
    };
    if (usable) timer = setTimeout(() => void make(), usable.madeAt + REFRESH_SECONDS * 1000 - Date.now());
    else void make();
    const onVisibility = () => {
      if (document.visibilityState === "visible") void make();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
    // `first` is read once, for the first code only.
  }, [device, grant, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { code, failed, refresh };
}

/** The current time, updated a few times a second, for the clock and the countdown. */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs]);
  return now;
}

/** The encoder once it is there (null until then; it loads on first use). */
export function useQrEncoder(): QrEncoder | null {
  const [ready, setReady] = useState<QrEncoder | null>(loadedQrEncoder);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    loadQrEncoder().then(
      (loaded) => {
        if (!cancelled) setReady(() => loaded);
      },
      // Tried again when the page comes back online.
      () => {
        const retry = () => setAttempt((n) => n + 1);
        if (!cancelled) window.addEventListener("online", retry, { once: true });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [ready, attempt]);
  return ready;
}

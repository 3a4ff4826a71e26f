"use client";
import { useEffect, useState } from "react";

export type WakeLockState = "pending" | "active" | "released" | "unsupported";

/**
 * Keeps the screen on while the code is shown (Screen Wake Lock API). The browser drops
 * the lock whenever the page is hidden, so it is requested again each time the page
 * becomes visible.
 */
export function useWakeLock(enabled: boolean): WakeLockState {
  const [state, setState] = useState<WakeLockState>("pending");
  useEffect(() => {
    if (!enabled) return;
    if (!("wakeLock" in navigator)) {
      setState("unsupported");
      return;
    }
    let sentinel: WakeLockSentinel | null = null;
    let disposed = false;
    const acquire = async () => {
      if (disposed || document.visibilityState !== "visible" || (sentinel && !sentinel.released)) return;
      try {
        const lock = await navigator.wakeLock.request("screen");
        if (disposed) {
          void lock.release();
          return;
        }
        sentinel = lock;
        setState("active");
        lock.addEventListener("release", () => setState("released"));
      } catch {
        // Refused (battery saver, page not visible, permissions policy): the code still works.
        setState("released");
      }
    };
    void acquire();
    const onVisibility = () => void acquire();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      disposed = true;
      document.removeEventListener("visibilitychange", onVisibility);
      void sentinel?.release();
    };
  }, [enabled]);
  return state;
}

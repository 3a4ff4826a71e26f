"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/client";
import { format } from "@/lib/i18n/client";
import { forgetEverythingOnThisDevice } from "@/lib/kiosk/client";

export interface KioskIdleGuardProps {
  idleMs: number;
  countdownMs: number;
  signOut: () => Promise<unknown>;
  m: Pick<Messages["kiosk"], "idle" | "signOutNow">;
  children: ReactNode;
}

const ACTIVITY = ["pointerdown", "keydown", "touchstart", "wheel"] as const;

/**
 * Watches for touches while someone is signed in at the kiosk. After `idleMs` without one, a
 * visible countdown of `countdownMs` (announced to screen readers) offers to stay; at zero it signs
 * out and clears the browser's storage, then shows the signed-out screen.
 */
export function KioskIdleGuard({ idleMs, countdownMs, signOut, m, children }: KioskIdleGuardProps) {
  const [remaining, setRemaining] = useState<number | null>(null);
  const [watching, setWatching] = useState(false);
  const lastActivity = useRef(Date.now());
  const signingOut = useRef(false);
  const stayButton = useRef<HTMLButtonElement>(null);

  const end = useCallback(async () => {
    if (signingOut.current) return;
    signingOut.current = true;
    try {
      await signOut();
    } finally {
      await forgetEverythingOnThisDevice();
      window.location.replace("/kiosk?signedOut=1");
    }
  }, [signOut]);

  useEffect(() => {
    const touched = (event: Event) => {
      // A touch on "sign out now" must reach its button: it does not count as staying.
      if (event.target instanceof Element && event.target.closest("[data-kiosk-sign-out]")) return;
      lastActivity.current = Date.now();
      setRemaining(null);
    };
    for (const type of ACTIVITY) window.addEventListener(type, touched, { passive: true });
    // Pages outside /kiosk have no idle sign-out, so a signed-in kiosk never navigates to them.
    const stayInKiosk = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link && !new URL(link.getAttribute("href") ?? "", window.location.href).pathname.startsWith("/kiosk")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener("click", stayInKiosk, true);
    setWatching(true);
    const timer = window.setInterval(() => {
      const idle = Date.now() - lastActivity.current;
      if (idle < idleMs) return;
      const left = Math.max(0, Math.ceil((idleMs + countdownMs - idle) / 1000));
      setRemaining(left);
      if (left === 0) void end();
    }, 250);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, touched);
      document.removeEventListener("click", stayInKiosk, true);
      window.clearInterval(timer);
    };
  }, [idleMs, countdownMs, end]);

  const counting = remaining !== null;
  useEffect(() => {
    if (counting) stayButton.current?.focus();
  }, [counting]);

  return (
    <>
      {children}
      {/* data-watching: the idle timer runs (what tests wait for before they tap). */}
      <div aria-live="assertive" className="sr-only" data-testid="kiosk-idle-guard" data-watching={watching}>{counting ? format(m.idle.countdown, { seconds: remaining }) : ""}</div>
      {counting ? (
        <div role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-title" aria-describedby="kiosk-idle-countdown" className="no-print fixed inset-0 z-50 flex items-center justify-center bg-black/60 p-6">
          <div className="w-full max-w-xl space-y-6 rounded-3xl bg-white p-8 text-center">
            <h2 id="kiosk-idle-title" className="text-3xl font-bold">{m.idle.title}</h2>
            <p id="kiosk-idle-countdown" data-testid="kiosk-countdown" className="text-2xl">
              {format(m.idle.countdown, { seconds: remaining })}
            </p>
            <div className="flex flex-col gap-4">
              <button ref={stayButton} type="button" onClick={() => { lastActivity.current = Date.now(); setRemaining(null); }} className="min-h-16 rounded-2xl bg-brand-700 text-2xl font-bold text-white">
                {m.idle.stay}
              </button>
              <button type="button" data-kiosk-sign-out onClick={() => void end()} className="min-h-16 rounded-2xl border-4 border-slate-700 text-2xl font-bold">
                {m.signOutNow}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </>
  );
}

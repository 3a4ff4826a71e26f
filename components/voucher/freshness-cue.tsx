"use client";
import { useEffect, useRef } from "react";

/**
 * A band that sweeps across continuously while the code is live. On a screenshot or a
 * photo it stands still, which a clerk notices at a glance; with reduced motion the
 * sweep is slow and gentle but still moving, because it is the point.
 */
export function FreshnessCue({ label }: { label: string }) {
  const band = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const el = band.current;
    if (!el || typeof el.animate !== "function") return;
    const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    const animation = el.animate(
      [{ transform: "translateX(-100%)" }, { transform: "translateX(400%)" }],
      { duration: reduced ? 6000 : 1600, iterations: Infinity, easing: "linear" },
    );
    return () => animation.cancel();
  }, []);
  return (
    <div className="w-full">
      <div aria-hidden="true" className="relative h-3 w-full overflow-hidden rounded-full bg-emerald-950 ring-1 ring-white/40">
        <span ref={band} className="absolute inset-y-0 left-0 w-1/4 rounded-full bg-gradient-to-r from-transparent via-amber-300 to-transparent" />
      </div>
      <p className="mt-1 text-center text-sm font-medium text-emerald-50">{label}</p>
    </div>
  );
}

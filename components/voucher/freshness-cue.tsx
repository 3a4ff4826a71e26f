"use client";
import { useEffect, useRef } from "react";
import { codePanelClasses as c } from "./code-panel";

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
    <div className={c.cue}>
      <div aria-hidden="true" className={c.cueTrack}>
        <span ref={band} className={c.cueBand} />
      </div>
      <p className={c.cueLabel}>{label}</p>
    </div>
  );
}

"use client";
import { useMemo } from "react";
import { qrSymbolPath } from "./qr-path";

/** Black on white with its quiet zone: the highest contrast a scanner can get. */
export function QrSymbol({ text, label, className }: { text: string; label: string; className?: string }) {
  // The screen re-renders every tick for its clock; the symbol changes only with the code.
  const { size, path, version } = useMemo(() => qrSymbolPath(text), [text]);
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      className={className}
      data-qr-version={version}
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}

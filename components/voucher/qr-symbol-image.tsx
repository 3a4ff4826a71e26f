import type { QrSymbolGeometry } from "./qr-path";

/** A QR symbol already made: black on white with its quiet zone, the highest contrast a scanner can get. */
export function QrSymbolImage({ symbol, label, className }: { symbol: QrSymbolGeometry; label: string; className?: string }) {
  const { size, path, version } = symbol;
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

"use client";
import { useMemo } from "react";
import { qrSymbolPath } from "./qr-path";
import { QrSymbolImage } from "./qr-symbol-image";

/** The QR symbol of `text` (the receipt's; the code screen draws with its boot script's encoder). */
export function QrSymbol({ text, label, className }: { text: string; label: string; className?: string }) {
  // The screen re-renders every tick for its clock; the symbol changes only with the code.
  const symbol = useMemo(() => qrSymbolPath(text), [text]);
  return <QrSymbolImage symbol={symbol} label={label} className={className} />;
}

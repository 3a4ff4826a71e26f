import { existsSync } from "node:fs";

/** Debian's Chromium (never a downloaded browser). CHROME_PATH overrides. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? "/usr/bin/chromium";
}

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath());
}

// Headless Chromium as root on a closed network needs these.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

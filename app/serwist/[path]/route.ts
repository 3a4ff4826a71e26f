import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createSerwistRoute } from "@serwist/turbopack";

/** The decoder's content hash: a new build re-downloads it (~1 MB) only when it has changed. */
function zxingWasmRevision(): string {
  const wasm = readFileSync(path.join(process.cwd(), "node_modules/zxing-wasm/dist/reader/zxing_reader.wasm"));
  return createHash("sha256").update(wasm).digest("hex").slice(0, 16);
}

// The offline page is versioned by the build it belongs to, so a new build refreshes it.
function buildRevision(): string {
  try {
    return readFileSync(path.join(process.cwd(), ".next/BUILD_ID"), "utf8").trim();
  } catch {
    return createHash("sha256").update(String(Date.now())).digest("hex").slice(0, 16);
  }
}

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  // The code screen's shell holds no personal data and must open offline (docs/voucher-format.md).
  additionalPrecacheEntries: [
    { url: "/offline", revision: buildRevision() },
    { url: "/voucher", revision: buildRevision() },
    // The code screen's boot script, which draws the first code before the framework loads.
    { url: "/voucher/code-boot.js", revision: buildRevision() },
    // The camera scanner's decoder (components/scanner): served by the app, never by a CDN.
    { url: "/scanner/zxing_reader.wasm", revision: zxingWasmRevision() },
  ],
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
});

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createSerwistRoute } from "@serwist/turbopack";

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
  ],
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
});

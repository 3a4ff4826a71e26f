import path from "node:path";

// Built once, when the app is built (a static route, as the service worker's own route is), and
// precached with the code screen (app/serwist/[path]/route.ts).
export const dynamic = "force-static";

/**
 * The code screen's boot script (components/voucher/code-boot.ts), bundled on its own so that
 * the code screen can draw its first code before the app's framework has loaded.
 */
export async function GET() {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.join(process.cwd(), "components/voucher/code-boot.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: ["chrome100", "safari15", "firefox100"],
    write: false,
    legalComments: "none",
  });
  return new Response(result.outputFiles[0]!.text, {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
}

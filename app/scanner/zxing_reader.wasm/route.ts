import { readFile } from "node:fs/promises";
import path from "node:path";

// Read once, when the app is built (a static route), and precached by the service worker
// (app/serwist/[path]/route.ts): the scanner never fetches its decoder from a CDN.
export const dynamic = "force-static";

/** zxing-cpp's WebAssembly reader, as the installed zxing-wasm package ships it (components/scanner). */
export async function GET() {
  const wasm = await readFile(path.join(process.cwd(), "node_modules/zxing-wasm/dist/reader/zxing_reader.wasm"));
  return new Response(new Uint8Array(wasm), { headers: { "Content-Type": "application/wasm" } });
}

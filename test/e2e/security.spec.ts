import { spareE2ePort } from "./servers";
import { expect, test } from "./test";

/*
 * What the browser and any HTTP client meet before a page or route runs: the security headers,
 * and requests that Next.js itself would have failed on with a 500 (bad percent-encoding in a
 * path, server-action bodies it cannot decode), now answered with a 4xx by proxy.ts.
 */

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

test("every page carries a CSP with a nonce of its own, which its scripts carry; nothing may frame it", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const csp = first.headers()["content-security-policy"];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'wasm-unsafe-eval'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(nonceOf(csp)).not.toBe(nonceOf(second.headers()["content-security-policy"]));
  const html = await first.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0]);
  expect(inline.length).toBeGreaterThan(0);
  for (const tag of inline) expect(tag).toContain(`nonce="${nonceOf(csp)}"`);
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  expect(first.headers()["referrer-policy"]).toBe("same-origin");
  // Plain http (this run): no HSTS, which would strand a browser on a server without TLS.
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
});

test("the camera is offered only to the terminal and the kiosk", async ({ request }) => {
  for (const path of ["/sign-in", "/offline", "/voucher"]) expect((await request.get(path)).headers()["permissions-policy"], path).toContain("camera=()");
  for (const path of ["/terminal", "/kiosk"]) expect((await request.get(path)).headers()["permissions-policy"], path).toContain("camera=(self)");
});

test("bad percent-encoding, NUL characters, broken cookies and deep JSON are 4xx, never 500", async ({ request }) => {
  const status = async (path: string, init: Parameters<typeof request.fetch>[1] = {}) => (await request.fetch(path, init)).status();
  expect(await status("/api/v1/me/settlements/%E0%A4%A")).toBe(400);
  expect(await status("/entitlements/settlements/%ZZ")).toBe(400);
  expect(await status("/api/v1/catalogue/search?q=a%00b")).toBe(400);
  expect(await status("/api/v1/me/grants", { headers: { cookie: "yb_session=%E0%A4%A" } })).toBe(401);
  const deep = "[".repeat(5000) + "]".repeat(5000);
  expect(await status("/api/v1/estimate", { method: "POST", headers: { "content-type": "application/json" }, data: deep })).toBe(400);
});

test("server-action posts Next.js cannot decode are refused with a 4xx", async ({ request, baseURL }) => {
  // The language switcher's action: any action id of the page will do.
  const html = await (await request.get("/sign-in")).text();
  const actionId = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)?.[1];
  expect(actionId).toBeTruthy();
  const post = async (body: string | Buffer, type: string, headers: Record<string, string> = {}) =>
    (await request.post("/sign-in", { headers: { "next-action": actionId!, origin: baseURL!, "content-type": type, ...headers }, data: body })).status();
  expect(await post("not json{", "text/plain;charset=UTF-8")).toBe(400);
  expect(await post('["$K99","$Q1"]', "text/plain;charset=UTF-8")).toBe(400);
  expect(await post('["$nabc"]', "text/plain;charset=UTF-8")).toBe(400);
  expect(await post("--xyz\r\nbroken", "multipart/form-data; boundary=xyz")).toBe(400);
  expect(await post("a".repeat(1_500_000), "text/plain;charset=UTF-8")).toBe(413);
  expect(await post("[]", "text/plain;charset=UTF-8", { origin: "http://evil.example" })).toBe(403);
  // What the page's own script sends still works.
  expect(await post('["$K1"]', "text/plain;charset=UTF-8")).toBe(200);
});

test("demo mode without HOST listens on this machine only", async () => {
  const { spawn } = await import("node:child_process");
  const { mkdtempSync } = await import("node:fs");
  const { networkInterfaces, tmpdir } = await import("node:os");
  const path = await import("node:path");
  const port = spareE2ePort;
  const env: NodeJS.ProcessEnv = { ...process.env, DEMO_MODE: "1", PORT: String(port), DATABASE_URL: "", PGLITE_DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), "yibao-bind-")), "db"), LOG_LEVEL: "warn" };
  delete env.HOST;
  const server = spawn(process.execPath, ["scripts/serve.mjs"], { env, stdio: ["ignore", "pipe", "inherit"] });
  try {
    const listening = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout!.on("data", (chunk) => {
        out += String(chunk);
        const line = /listening on (\S+)/.exec(out);
        if (line) resolve(line[1]!);
      });
      server.on("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
    expect(listening).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status).toBeLessThan(500);
    // Another of this machine's addresses, as another machine on the network would reach it.
    const other = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal)?.address;
    if (other) await expect(fetch(`http://${other}:${port}/api/v1/health`)).rejects.toThrow();
  } finally {
    server.kill("SIGTERM");
  }
});

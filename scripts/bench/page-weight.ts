import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
// @ts-expect-error -- plain ESM helper shared with the .mjs tools
import { signInCookie } from "../lib/browser-session.mjs";

export interface PageWeight {
  page: string;
  scripts: number;
  gzipBytes: number;
}

/**
 * The JavaScript a page loads, gzip-compressed, measured in a real browser: every script
 * response of a cold load. The "bare" page is the build's not-found page, which carries only
 * the framework and the root layout, as the baseline.
 */
export async function benchPageWeight(browser: Browser, baseUrl: string): Promise<PageWeight[]> {
  const cookie: string = await signInCookie(browser, baseUrl, "13800000001");
  const pages = [
    { page: "bare (not found)", path: "/this-page-does-not-exist", cookie: "" },
    { page: "sign-in", path: "/sign-in", cookie: "" },
    { page: "home", path: "/", cookie },
  ];
  const results: PageWeight[] = [];
  for (const p of pages) {
    const context = await browser.newContext({ serviceWorkers: "block", extraHTTPHeaders: p.cookie ? { Cookie: p.cookie } : {} });
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body());
    });
    await page.goto(`${baseUrl}${p.path}`, { waitUntil: "networkidle" });
    const buffers = await Promise.all(bodies);
    results.push({ page: p.page, scripts: buffers.length, gzipBytes: buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) });
    await context.close();
  }
  return results;
}

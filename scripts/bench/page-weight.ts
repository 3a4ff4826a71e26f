import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
// @ts-expect-error -- plain ESM helper shared with the .mjs tools
import { watchedPages } from "../lib/browser-session.mjs";

export interface PageWeight {
  page: string;
  scripts: number;
  gzipBytes: number;
}

/** Goal of the issue "every page light": no page loads more than this many times the framework's JavaScript. */
export const PAGE_WEIGHT_BUDGET = 1.15;

/**
 * The JavaScript a page loads, gzip-compressed, measured in a real browser: every script
 * response of a cold load (no service worker, empty cache). The "framework" row is the build's
 * not-found page, which carries only the framework and the root layout: the baseline each page
 * is divided by.
 */
export async function benchPageWeight(browser: Browser, baseUrl: string, terminalKey: string): Promise<PageWeight[]> {
  const watched: { name: string; path: string; cookie: string }[] = await watchedPages(browser, baseUrl, terminalKey);
  const pages = [{ name: "framework (not found)", path: "/this-page-does-not-exist", cookie: "" }, { name: "sign-in", path: "/sign-in", cookie: "" }, ...watched];
  const results: PageWeight[] = [];
  for (const p of pages) {
    const context = await browser.newContext({ serviceWorkers: "block", extraHTTPHeaders: p.cookie ? { Cookie: p.cookie } : {} });
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body());
    });
    const response = await page.goto(`${baseUrl}${p.path}`, { waitUntil: "networkidle" });
    if (new URL(page.url()).pathname !== p.path) throw new Error(`${p.name} ended at ${page.url()}`);
    if (p.cookie && !response?.ok()) throw new Error(`${p.name} answered ${response?.status()}`);
    const buffers = await Promise.all(bodies);
    results.push({ page: p.name, scripts: buffers.length, gzipBytes: buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) });
    await context.close();
  }
  return results;
}

/** The table: each page's scripts, kB and ratio to the framework's, against the budget. */
export function printPageWeight(weights: PageWeight[]): boolean {
  const framework = weights[0]!.gzipBytes;
  const rows = weights.map((w) => {
    const ratio = w.gzipBytes / framework;
    return { page: w.page, scripts: w.scripts, "kB (gzip)": (w.gzipBytes / 1024).toFixed(1), "× framework": ratio.toFixed(2), [`≤ ${PAGE_WEIGHT_BUDGET}×`]: w === weights[0] ? "" : ratio <= PAGE_WEIGHT_BUDGET ? "yes" : "NO" };
  });
  console.log(`\n## Page weight: JavaScript loaded by a page (gzip), against the framework's (the not-found page); budget ${PAGE_WEIGHT_BUDGET}×`);
  console.table(rows);
  return weights.every((w) => w.gzipBytes / framework <= PAGE_WEIGHT_BUDGET);
}

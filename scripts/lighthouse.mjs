// npm run lighthouse: Lighthouse (mobile) against the production build in Debian's Chromium, for
// sign-in and the seven watched screens (home, /voucher, /estimate, /entitlements, /clinic,
// /kiosk, /terminal — scripts/lib/browser-session.mjs signs in where a screen needs it).
// Each page is run several times, the rounds interleaved so that every page meets the same load
// on a shared machine; the table shows the median and the range. Exits with 1 when a page's
// median is below the goal (performance 95, accessibility 100).
//
//   npm run lighthouse                         3 rounds, every page
//   npm run lighthouse -- --runs 5 --only estimate,terminal --port 4700
//   npm run lighthouse -- --only kiosk --save reports   also writes each run's full report (JSON),
//                                                        to see what a score is made of
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startAppServer } from "./lib/app-server.mjs";
import { chromiumArgs, launchChromium, watchedPages } from "./lib/browser-session.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";

const GOAL = { performance: 95, accessibility: 100 };
const { values: options } = parseArgs({
  options: { runs: { type: "string", default: "3" }, only: { type: "string" }, port: { type: "string" }, save: { type: "string" } },
});
const runs = Math.max(1, Number(options.runs));
const only = options.only ? new Set(options.only.split(",")) : null;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const spread = (xs) => (xs.length === 1 ? `${xs[0]}` : `${median(xs)} [${Math.min(...xs)}–${Math.max(...xs)}]`);
const load = () => loadavg().map((n) => n.toFixed(1)).join(" ");

const server = await startAppServer(options.port ? { port: Number(options.port) } : {});
let chrome;
let failed = false;
try {
  const browser = await launchChromium();
  const pages = [{ name: "sign-in", path: "/sign-in", cookie: "" }, ...(await watchedPages(browser, server.url, server.terminalKey))].filter((p) => !only || only.has(p.name));
  await browser.close();

  console.log(`Lighthouse (mobile, production build, Debian Chromium), ${runs} run(s) per page; ${availableParallelism()} cores, load average ${load()} at the start.`);
  chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: ["--headless=new", ...chromiumArgs] });
  /** @type {Map<string, { scores: Record<string, number[]>, lcp: number[], tbt: number[], failing: Set<string> }>} */
  const results = new Map(pages.map((p) => [p.name, { scores: {}, lcp: [], tbt: [], failing: new Set() }]));
  for (let round = 0; round < runs; round++) {
    for (const page of pages) {
      const url = `${server.url}${page.path}`;
      const result = results.get(page.name);
      // Lighthouse sometimes loses a trace on a busy machine (NO_NAVSTART …): try again, twice.
      let lhr;
      for (let attempt = 0; attempt < 3; attempt++) {
        ({ lhr } = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          extraHeaders: page.cookie ? { Cookie: page.cookie } : {},
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        }));
        if (!lhr.runtimeError) break;
        console.log(`${page.name}: ${lhr.runtimeError.code}, run again`);
      }
      if (lhr.runtimeError) throw new Error(`${page.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      if (options.save) {
        mkdirSync(options.save, { recursive: true });
        writeFileSync(path.join(options.save, `${page.name}-${round + 1}.json`), JSON.stringify(lhr));
      }
      // A screen that sent the browser elsewhere (to sign-in) was not measured.
      if (lhr.finalDisplayedUrl !== url) throw new Error(`${page.name} ended at ${lhr.finalDisplayedUrl}`);
      for (const [id, category] of Object.entries(lhr.categories)) (result.scores[id] ??= []).push(Math.round(category.score * 100));
      result.lcp.push(Math.round(lhr.audits["largest-contentful-paint"].numericValue));
      result.tbt.push(Math.round(lhr.audits["total-blocking-time"].numericValue));
      for (const ref of lhr.categories.accessibility.auditRefs) {
        if (ref.weight > 0 && lhr.audits[ref.id].score !== 1) result.failing.add(ref.id);
      }
    }
  }

  const rows = pages.map((page) => {
    const { scores, lcp, tbt } = results.get(page.name);
    const met = median(scores.performance) >= GOAL.performance && median(scores.accessibility) >= GOAL.accessibility;
    if (!met) failed = true;
    return {
      page: page.name,
      performance: spread(scores.performance),
      accessibility: spread(scores.accessibility),
      "best-practices": spread(scores["best-practices"]),
      seo: spread(scores.seo),
      "LCP ms": spread(lcp),
      "TBT ms": spread(tbt),
      [`goal ${GOAL.performance}/${GOAL.accessibility}`]: met ? "met" : "NOT MET",
    };
  });
  console.log(`Median [range] of ${runs} run(s); load average ${load()} at the end (a shared machine makes the performance score vary).`);
  console.table(rows);
  for (const page of pages) {
    const failing = results.get(page.name).failing;
    if (failing.size > 0) console.log(`${page.name}: accessibility audits not passed: ${[...failing].join(", ")}`);
  }
  if (failed) console.log(`Below the goal (median performance ≥ ${GOAL.performance}, accessibility ${GOAL.accessibility}) on at least one page.`);
} finally {
  await chrome?.kill();
  await server.stop();
}
if (failed) process.exitCode = 1;

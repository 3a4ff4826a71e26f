// npm run lighthouse: Lighthouse (mobile) against the production build in Debian's Chromium;
// prints the four category scores for home (signed in) and sign-in.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startAppServer } from "./lib/app-server.mjs";
import { chromiumArgs, launchChromium, signInCookie } from "./lib/browser-session.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";

const server = await startAppServer();
let chrome;
try {
  const browser = await launchChromium();
  const cookie = await signInCookie(browser, server.url);
  await browser.close();

  chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: ["--headless=new", ...chromiumArgs] });
  const pages = [
    { name: "sign-in", url: `${server.url}/sign-in`, headers: {} },
    { name: "home", url: `${server.url}/`, headers: { Cookie: cookie } },
  ];
  const rows = [];
  for (const page of pages) {
    const result = await lighthouse(page.url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      extraHeaders: page.headers,
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const categories = result.lhr.categories;
    if (result.lhr.finalDisplayedUrl !== page.url) throw new Error(`${page.name} ended at ${result.lhr.finalDisplayedUrl}`);
    rows.push({
      page: page.name,
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      "best-practices": Math.round(categories["best-practices"].score * 100),
      seo: Math.round(categories.seo.score * 100),
    });
  }
  console.log("Lighthouse (mobile, production build, Debian Chromium):");
  console.table(rows);
} finally {
  await chrome?.kill();
  await server.stop();
}

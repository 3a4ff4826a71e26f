// Signs a demo person in through the real sign-in page in Debian's Chromium and returns the
// session cookie, so that tools (Lighthouse, page-weight) can load signed-in pages.
import { chromium } from "@playwright/test";
import { ensureChromium } from "../ensure-chromium.mjs";

export const chromiumArgs = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--no-first-run", "--disable-quic", "--disable-sync",
];

export async function launchChromium() {
  return chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
}

export async function signInCookie(browser, baseUrl, phone = "13800000001") {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/手机号/).fill(phone);
  await page.getByRole("button", { name: /获取验证码/ }).click();
  const text = await page.getByTestId("demo-code").textContent();
  await page.getByLabel(/^验证码$/).fill(text.match(/\d{6}/)[0]);
  await page.getByRole("button", { name: /^登录$/ }).click();
  await page.waitForURL(`${baseUrl}/`);
  const cookies = await page.context().cookies();
  await page.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Registers the browser as the demo kiosk (one tap from the server's own machine) and returns its cookie. */
export async function kioskCookie(browser, baseUrl) {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/kiosk`);
  const enrol = page.getByRole("button", { name: /登记为演示自助机/ });
  await enrol.click();
  await enrol.waitFor({ state: "detached" });
  const cookies = await page.context().cookies();
  await page.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/**
 * The seven screens whose weight and Lighthouse scores are watched, each as its user first meets
 * it: home, the code screen, the estimate, entitlements and the clinic signed in as a demo person;
 * the kiosk registered and waiting for a citizen; the counter signed in with its terminal key.
 */
export async function watchedPages(browser, baseUrl, terminalKey) {
  const person = await signInCookie(browser, baseUrl);
  const kiosk = await kioskCookie(browser, baseUrl);
  return [
    { name: "home", path: "/", cookie: person },
    { name: "voucher", path: "/voucher", cookie: person },
    { name: "estimate", path: "/estimate", cookie: person },
    { name: "entitlements", path: "/entitlements", cookie: person },
    { name: "clinic", path: "/clinic", cookie: person },
    { name: "kiosk", path: "/kiosk", cookie: kiosk },
    { name: "terminal", path: "/terminal", cookie: `yb_terminal=${terminalKey}` },
  ];
}

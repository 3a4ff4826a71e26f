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

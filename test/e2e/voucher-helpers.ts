import { devices, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { serverURL } from "./test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { e2eTerminalKey } from "../../playwright.config";
import { signIn } from "./helpers";

/** Waits until the service worker controls the page, i.e. the app shell and the code screen are precached. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/** On the home page: the device set-up that runs after sign-in has finished. */
export async function waitForDeviceReady(page: Page): Promise<void> {
  await expect(page.getByTestId("device-setup-status")).toHaveAttribute("data-status", "ready");
}

/**
 * A new page of `context` (already set offline) that knows it is offline from its first script,
 * as a phone without a connection does. setOffline blocks the network for every page, but with
 * the Chromium the tests run in, a page opened afterwards still reads navigator.onLine as true:
 * the emulation reaches only documents that were open when it was switched on.
 */
export async function pageOpenedOffline(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "onLine", { configurable: true, get: () => false });
  });
  return page;
}

/** A phone in its own browser context, signed in and showing its code (set up on the home page first). */
export async function phoneShowingCode(browser: Browser, phone: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ ...devices["Pixel 7"], baseURL: serverURL() });
  const page = await context.newPage();
  await signIn(page, phone);
  await waitForDeviceReady(page);
  await page.goto("/voucher");
  return { page, close: () => context.close() };
}

/** The QR symbol on the code screen. */
export function qrSymbol(page: Page) {
  return page.locator("main svg[role=img]");
}

/** Reads the code back from a screenshot of the symbol, as a counter's camera would. */
export async function readCodeFromScreen(page: Page): Promise<string> {
  const symbol = qrSymbol(page);
  await expect(symbol).toBeVisible();
  const png = PNG.sync.read(await symbol.screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(read, "the QR on screen decodes").not.toBeNull();
  return read!.data;
}

export async function verifyAtTerminal(request: APIRequestContext, code: string, key: string = e2eTerminalKey) {
  const response = await request.post("/api/v1/terminal/vouchers/verify", {
    headers: { authorization: `Bearer ${key}` },
    data: { code },
  });
  return { status: response.status(), body: await response.json() };
}

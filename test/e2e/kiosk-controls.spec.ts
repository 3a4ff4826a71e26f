import AxeBuilder from "@axe-core/playwright";
import { expect, serverURL, test } from "./test";
import { type Page } from "@playwright/test";
import { demoPerson, zh } from "./fixtures";

/**
 * The kiosk (issue #13.6) on its own screen size, 1080×1920: every control of every screen does
 * something when tapped; every screen a kiosk session can reach — also by typing a phone screen's
 * address — is a kiosk screen under the idle sign-out; touch targets are at least 48 px and text
 * at least 20 px.
 */

const kiosk = zh.kiosk;
const SCREENS = ["/kiosk", "/kiosk/entitlements", "/kiosk/clinic", "/kiosk/estimate"] as const;

test.use({ viewport: { width: 1080, height: 1920 }, isMobile: false, hasTouch: true });

async function kioskSignIn(page: Page, phone: string): Promise<void> {
  await page.goto("/kiosk");
  await page.getByLabel(kiosk.phone.phone, { exact: true }).fill(phone);
  await page.getByRole("button", { name: kiosk.phone.sendCode }).click();
  const code = (await page.getByTestId("demo-code").textContent())?.match(/\d{6}/)?.[0];
  await page.getByLabel(kiosk.phone.code, { exact: true }).fill(code!);
  await page.getByRole("button", { name: kiosk.phone.signIn }).click();
  await expect(page.getByRole("navigation", { name: kiosk.navLabel })).toBeVisible();
}

/** Opens a kiosk screen in Chinese and waits until it is interactive (the idle guard has started). */
async function openScreen(page: Page, path: string): Promise<void> {
  await page.context().addCookies([{ name: "yb_locale", value: "zh-CN", url: serverURL() }]);
  await page.goto(path);
  await expect(page.getByTestId("kiosk-idle-guard")).toHaveAttribute("data-watching", "true");
}

/** What a tap changed: the address, the page's content, or the print dialog (stubbed: a kiosk prints on paper). */
async function watchForEffect(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __effects: number; print: () => void };
    w.__effects = 0;
    w.print = () => { w.__effects += 1; };
    new MutationObserver(() => { w.__effects += 1; }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Every control a person can tap on the screen as it is, as a description and a locator index. */
async function controls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    document.querySelectorAll("a[href], button, summary, input:not([type=hidden]), select").forEach((element, index) => {
      if (!(element instanceof HTMLElement) || !element.checkVisibility() || element.closest("[inert]")) return;
      element.setAttribute("data-control", String(index));
      found.push(String(index));
    });
    return found;
  });
}

test("every link and button on every kiosk screen works when tapped", async ({ page }) => {
  await kioskSignIn(page, demoPerson("huang").phone);
  const dead: string[] = [];
  let tapped = 0;
  for (const path of SCREENS) {
    await openScreen(page, path);
    for (const index of await controls(page)) {
      await openScreen(page, path);
      await controls(page);
      const control = page.locator(`[data-control="${index}"]`);
      const description = `${path}: ${await control.evaluate((el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || el.getAttribute("name") || "").trim().slice(0, 40)}"`)}`;
      const kind = await control.evaluate((el) =>
        el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? "field" : el.hasAttribute("data-kiosk-sign-out") ? "sign-out" : el instanceof HTMLAnchorElement ? "link" : "tap",
      );
      if (kind === "field") {
        // A field works when it takes what is typed or chosen.
        await control.focus();
        await expect(control, description).toBeFocused();
        tapped += 1;
        continue;
      }
      if (kind === "sign-out") continue; // tapped last, below
      // The link to the screen one is on (the navigation's current item) has nothing to open.
      if (await control.evaluate((el) => el instanceof HTMLAnchorElement && el.href === window.location.href)) continue;
      if (kind === "link") {
        // A link works when it opens where it points (a link the idle guard holds back stays put).
        const href = await control.evaluate((el) => (el as HTMLAnchorElement).href);
        await control.tap();
        tapped += 1;
        const opened = await page.waitForURL(href, { timeout: 10_000 }).then(() => true, () => false);
        if (!opened) dead.push(`${description} → ${new URL(href).pathname}`);
        expect(new URL(page.url()).pathname, description).toMatch(/^\/kiosk/);
        continue;
      }
      const before = page.url();
      await watchForEffect(page);
      await control.tap();
      tapped += 1;
      // A button works when it opens something (a form sent), changes the page, or prints.
      const effect = await expect
        .poll(async () => page.url() !== before || (await page.evaluate(() => (window as unknown as { __effects?: number }).__effects ?? 1).catch(() => 0)) > 0, { timeout: 10_000 })
        .toBe(true)
        .then(() => true, () => false);
      if (!effect) dead.push(description);
      // Whatever a link opened is a kiosk screen.
      expect(new URL(page.url()).pathname, description).toMatch(/^\/kiosk/);
    }
  }
  expect(dead).toEqual([]);
  expect(tapped).toBeGreaterThan(20);

  // The idle countdown's two buttons (short timings, honoured in demo mode only): stay, then sign out now.
  await openScreen(page, "/kiosk?idle=1&countdown=60");
  await expect(page.getByTestId("kiosk-countdown")).toBeVisible();
  await page.getByRole("button", { name: kiosk.idle.stay }).tap();
  await expect(page.getByTestId("kiosk-countdown")).toBeHidden();
  await expect(page.getByTestId("kiosk-countdown")).toBeVisible();
  await page.getByRole("button", { name: kiosk.signOutNow }).tap();
  await page.waitForURL(/\/kiosk\?signedOut=1/);
  await expect(page.getByText(kiosk.signedOut)).toBeVisible();

  // The header's sign-out, in a new session.
  await kioskSignIn(page, demoPerson("huang").phone);
  await openScreen(page, "/kiosk/clinic");
  await page.getByRole("button", { name: kiosk.signOut, exact: true }).tap();
  await expect(page.getByText(kiosk.signedOut)).toBeVisible();
});

test("typing a phone screen's address at a kiosk opens the kiosk's own screen, under the idle sign-out", async ({ page }) => {
  await kioskSignIn(page, demoPerson("chen").phone);
  for (const [typed, lands] of [
    ["/", "/kiosk"],
    ["/entitlements", "/kiosk/entitlements"],
    ["/entitlements/settlements/00000000-0000-4000-8000-000000000000", "/kiosk/entitlements"],
    ["/clinic", "/kiosk/clinic"],
    ["/estimate", "/kiosk/estimate"],
    ["/estimate/saved/00000000-0000-4000-8000-000000000000", "/kiosk/estimate"],
    ["/family", "/kiosk"],
    ["/family/log", "/kiosk"],
    ["/settings", "/kiosk"],
    ["/settings/devices", "/kiosk"],
    ["/settings/security", "/kiosk"],
    ["/sign-in", "/kiosk"],
  ] as const) {
    await page.goto(typed);
    expect(new URL(page.url()).pathname, typed).toBe(lands);
    await expect(page.getByTestId("kiosk-idle-guard"), typed).toHaveAttribute("data-watching", "true");
  }
  // The idle sign-out runs there too: short timings (demo mode only) on a screen reached that way.
  await page.goto("/kiosk/entitlements?idle=1&countdown=2");
  await expect(page.getByTestId("kiosk-countdown")).toBeVisible();
  await page.waitForURL(/\/kiosk\?signedOut=1/);
  await expect(page.getByText(kiosk.signedOut)).toBeVisible();
});

/** Visible controls smaller than 48 px, and visible text smaller than 20 px, on the screen as it is. */
async function undersized(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    for (const element of Array.from(document.querySelectorAll("a[href], button, summary, input:not([type=hidden]), select"))) {
      if (!(element instanceof HTMLElement) || !element.checkVisibility()) continue;
      // A check box or a radio button is tapped through its label, which holds it.
      const target = element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio") ? (element.closest("label") ?? element) : element;
      const box = target.getBoundingClientRect();
      if (box.height < 48 || box.width < 48) problems.push(`target ${name(target)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest("script, style, noscript, .sr-only") || !parent.checkVisibility()) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 20) problems.push(`text ${name(parent)} ${size}px`);
    }
    return [...new Set(problems)];
  });
}

test("kiosk screens are sized for 1080×1920: touch targets ≥ 48 px, text ≥ 20 px, and no axe violations", async ({ page }) => {
  await page.goto("/kiosk");
  const problems = (await undersized(page)).map((p) => `/kiosk signed out: ${p}`);
  await kioskSignIn(page, demoPerson("chen").phone);
  for (const path of SCREENS) {
    await openScreen(page, path);
    const details = page.locator("details");
    for (let i = 0; i < (await details.count()); i += 1) await details.nth(i).evaluate((el) => el.setAttribute("open", ""));
    problems.push(...(await undersized(page)).map((p) => `${path}: ${p}`));
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    problems.push(...axe.violations.map((v) => `${path}: axe ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
    await page.screenshot({ path: `test-results/screenshots/kiosk${path.replace(/\W+/g, "-")}-zh.png`, fullPage: true });
  }
  expect(problems).toEqual([]);
});

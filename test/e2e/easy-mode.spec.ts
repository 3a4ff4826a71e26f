import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./test";
import { containing, demoPerson, en, zh } from "./fixtures";
import { signIn } from "./helpers";

test("easy mode is switched on any screen, remembered on the device, and accessible", async ({ page }) => {
  await signIn(page, demoPerson("lin").phone);
  await page.getByRole("button", { name: zh.easy.toggleOn }).click();
  await expect(page.getByRole("heading", { name: zh.easy.homeHeading })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/easy-mode/);
  await expect(page.getByRole("link", { name: containing(zh.easy.showCode) })).toBeVisible();
  await expect(page.getByRole("link", { name: containing(zh.easy.coverage) })).toBeVisible();
  await expect(page.getByRole("link", { name: containing(zh.easy.estimate) })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Remembered: another screen, and a fresh load, render it from the server.
  await page.goto("/clinic");
  await expect(page.locator("html")).toHaveClass(/easy-mode/);
  await expect(page.getByRole("button", { name: zh.easy.toggleOff })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: zh.easy.homeHeading })).toBeVisible();

  await page.getByRole("button", { name: zh.easy.toggleOff }).click();
  await expect(page.locator("html")).not.toHaveClass(/easy-mode/);
  await expect(page.getByRole("heading", { name: zh.easy.homeHeading })).toBeHidden();
});

test("on a narrow phone, in easy mode and in English, nothing runs off the screen and every screen is in the menu", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await signIn(page, demoPerson("huang").phone);
  await page.getByRole("button", { name: zh.easy.toggleOn }).click();
  await expect(page.locator("html")).toHaveClass(/easy-mode/);
  await page.getByRole("button", { name: zh.common.switchToOtherLabel }).click();
  await expect(page.getByRole("heading", { name: en.easy.homeHeading })).toBeVisible();

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const name = await page.getByRole("link", { name: en.common.appName }).boundingBox();
  // The name stays on one line (it wrapped word by word when the buttons squeezed it).
  expect(name!.height).toBeLessThan(60);
  const nav = en.common.nav;
  for (const item of [nav.home, nav.clinic, nav.entitlements, nav.estimate, nav.family, nav.settings]) {
    const box = await page.getByRole("navigation", { name: en.common.mainNav }).getByRole("link", { name: item, exact: true }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${item} is within the screen`).toBeLessThanOrEqual(320);
  }
});

test("easy mode keeps every reminder of the standard home, larger, with fewer choices, on a 320 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await signIn(page, demoPerson("chen").phone);
  const reminders = page.getByTestId("alerts").locator("[data-alert]");
  await expect(reminders.first()).toBeVisible();
  const kinds = () => reminders.evaluateAll((items) => items.map((item) => item.getAttribute("data-alert")));
  const titleSize = () => reminders.first().locator("p").first().evaluate((title) => parseFloat(getComputedStyle(title).fontSize));
  const standard = { kinds: await kinds(), titleSize: await titleSize(), links: await page.locator("main a").count() };
  expect(standard.kinds).toContain("chronic_ending");

  await page.getByRole("button", { name: zh.easy.toggleOn }).click();
  await expect(page.getByRole("heading", { name: zh.easy.homeHeading })).toBeVisible();
  // The same reminders, in the same order — easy mode never hides one — and larger.
  expect(await kinds()).toEqual(standard.kinds);
  expect(await titleSize()).toBeGreaterThan(standard.titleSize);
  // Fewer choices: the three main actions instead of the whole home.
  expect(await page.locator("main a").count()).toBeLessThan(standard.links);
  for (const action of [zh.easy.showCode, zh.easy.coverage, zh.easy.estimate]) {
    const box = (await page.getByRole("link", { name: containing(action) }).boundingBox())!;
    expect(box.height, action).toBeGreaterThanOrEqual(48);
    expect(box.x + box.width, `${action} is within the screen`).toBeLessThanOrEqual(320);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

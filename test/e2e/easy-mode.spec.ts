import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("easy mode is switched on any screen, remembered on the device, and accessible", async ({ page }) => {
  await signIn(page, "13800000002");
  await page.getByRole("button", { name: "大字模式" }).click();
  await expect(page.getByRole("heading", { name: "你想做什么？" })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/easy-mode/);
  await expect(page.getByRole("link", { name: /出示医保码/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /我的医保能报多少/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /算一算要花多少钱/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Remembered: another screen, and a fresh load, render it from the server.
  await page.goto("/clinic");
  await expect(page.locator("html")).toHaveClass(/easy-mode/);
  await expect(page.getByRole("button", { name: "标准模式" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "你想做什么？" })).toBeVisible();

  await page.getByRole("button", { name: "标准模式" }).click();
  await expect(page.locator("html")).not.toHaveClass(/easy-mode/);
  await expect(page.getByRole("heading", { name: "你想做什么？" })).toBeHidden();
});

test("on a narrow phone, in easy mode and in English, nothing runs off the screen and every screen is in the menu", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await signIn(page, "13800000003");
  await page.getByRole("button", { name: "大字模式" }).click();
  await expect(page.locator("html")).toHaveClass(/easy-mode/);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { name: "What would you like to do?" })).toBeVisible();

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const name = await page.getByRole("link", { name: "Yibao Pass" }).boundingBox();
  // The name stays on one line (it wrapped word by word when the buttons squeezed it).
  expect(name!.height).toBeLessThan(60);
  for (const item of ["Home", "Clinic", "Entitlements", "Estimate", "Family", "Settings"]) {
    const box = await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: item, exact: true }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${item} is within the screen`).toBeLessThanOrEqual(320);
  }
});

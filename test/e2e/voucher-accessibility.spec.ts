import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./test";
import { type Page } from "@playwright/test";
import { e2eTerminalKey } from "../../playwright.config";
import { clockTime, demoPerson, matching, zh } from "./fixtures";
import { signIn } from "./helpers";
import { phoneShowingCode, qrSymbol, readCodeFromScreen, waitForDeviceReady } from "./voucher-helpers";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the code screen has no axe violations, showing a code and when not set up", async ({ page, context }) => {
  await page.goto("/voucher");
  await expect(page.getByRole("heading", { name: zh.voucher.signedOut.title })).toBeVisible();
  await expectNoViolations(page);

  const wu = demoPerson("wu-jing");
  await signIn(page, wu.phone);
  await waitForDeviceReady(page);
  await page.goto("/voucher");
  await expect(qrSymbol(page)).toBeVisible();
  await expect(qrSymbol(page)).toHaveAccessibleName(matching(zh.voucher.qrLabel, { name: wu.maskedName, time: clockTime }, "both"));
  await expectNoViolations(page);
  await context.clearCookies();
});

test("the devices page has no axe violations", async ({ page }) => {
  await signIn(page, demoPerson("wu-jing").phone);
  await waitForDeviceReady(page);
  await page.goto("/settings/devices");
  await expect(page.getByTestId("device-row").first()).toBeVisible();
  await expectNoViolations(page);
});

test("the terminal page has no axe violations, signed out and with a verified person", async ({ page, browser }) => {
  await page.goto("/terminal");
  await expectNoViolations(page);

  const phone = await phoneShowingCode(browser, demoPerson("wu-jing").phone);
  const code = await readCodeFromScreen(phone.page);
  await phone.close();

  await page.getByLabel(zh.terminal.keyLabel).fill(e2eTerminalKey);
  await page.getByRole("button", { name: zh.terminal.signIn }).click();
  await page.getByLabel(zh.terminal.scanLabel).fill(code);
  await page.getByLabel(zh.terminal.scanLabel).press("Enter");
  await expect(page.getByTestId("verified-person")).toBeVisible();
  await expectNoViolations(page);
});

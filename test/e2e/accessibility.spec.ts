import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./test";
import { demoPerson, zh } from "./fixtures";
import { signIn } from "./helpers";

async function expectNoViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("sign-in has no axe violations, in both steps", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoViolations(page);
  await page.getByLabel(zh.signIn.phoneLabel).fill("12");
  await page.getByRole("button", { name: zh.signIn.sendCode }).click();
  await expect(page.getByText(zh.signIn.errors.phone_invalid)).toBeVisible();
  await expectNoViolations(page);
});

test("home has no axe violations", async ({ page }) => {
  await signIn(page, demoPerson("zhou-wei").phone);
  await expectNoViolations(page);
});

test("the offline page has no axe violations", async ({ page }) => {
  await page.goto("/offline");
  await expectNoViolations(page);
});

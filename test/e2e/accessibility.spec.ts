import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

async function expectNoViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("sign-in has no axe violations, in both steps", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoViolations(page);
  await page.getByLabel("手机号").fill("12");
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByText("请输入 11 位手机号")).toBeVisible();
  await expectNoViolations(page);
});

test("home has no axe violations", async ({ page }) => {
  await signIn(page, "13800000006");
  await expectNoViolations(page);
});

test("the offline page has no axe violations", async ({ page }) => {
  await page.goto("/offline");
  await expectNoViolations(page);
});

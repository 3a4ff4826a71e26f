import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a signed-out visitor is sent to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
});

test("signing in with the demo code shows the person's card from the database", async ({ page }) => {
  await signIn(page, "13800000001");
  await expect(page.getByText("陈*国，你好")).toBeVisible();
  await expect(page.getByTestId("insurance-type")).toHaveText("职工医保（在职）");
  await expect(page.getByTestId("region")).toHaveText("三明市");
  // The full name and national ID never reach the browser.
  await page.reload();
  const html = await page.content();
  expect(html).not.toContain("陈建国");
  expect(html).not.toMatch(/3504\d{14}/);
});

test("a wrong code is refused with a message and the remaining tries", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("手机号").fill("13800000002");
  await page.getByRole("button", { name: "获取验证码" }).click();
  const shown = (await page.getByTestId("demo-code").textContent())!.match(/\d{6}/)![0];
  const wrong = shown === "000000" ? "111111" : "000000";
  await page.getByLabel(/^验证码$/).fill(wrong);
  await page.getByRole("button", { name: /^登录$/ }).click();
  await expect(page.getByRole("status")).toContainText("还可以再试 4 次");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("English is switchable and remembered", async ({ page }) => {
  await signIn(page, "13800000003");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByText("Hello, 黄*强")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("insurance-type")).toHaveText("Urban-rural resident insurance");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "切换到中文" }).click();
  await expect(page.getByText("黄*强，你好")).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "13800000005");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
});

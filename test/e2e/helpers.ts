import { expect, type Page } from "@playwright/test";

/** Signs in through the real form with the demo code shown in demo mode. */
export async function signIn(page: Page, phone: string, origin = ""): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel(/手机号|Phone number/).fill(phone);
  await page.getByRole("button", { name: /获取验证码|Send code/ }).click();
  const demo = page.getByTestId("demo-code");
  await expect(demo).toBeVisible();
  const code = (await demo.textContent())?.match(/\d{6}/)?.[0];
  expect(code, "demo mode shows the code").toBeTruthy();
  await page.getByLabel(/^验证码$|One-time code/).fill(code!);
  await page.getByRole("button", { name: /^登录$|^Sign in$/ }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

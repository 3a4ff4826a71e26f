import { expect, type Page } from "@playwright/test";
import { containing, en, exactly, oneOf, zh } from "./fixtures";

/** Signs in through the real form with the demo code shown in demo mode (the form in either language). */
export async function signIn(page: Page, phone: string, origin = ""): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel(oneOf(containing(zh.signIn.phoneLabel), containing(en.signIn.phoneLabel))).fill(phone);
  await page.getByRole("button", { name: oneOf(containing(zh.signIn.sendCode), containing(en.signIn.sendCode)) }).click();
  const demo = page.getByTestId("demo-code");
  await expect(demo).toBeVisible();
  const code = (await demo.textContent())?.match(/\d{6}/)?.[0];
  expect(code, "demo mode shows the code").toBeTruthy();
  await page.getByLabel(oneOf(exactly(zh.signIn.codeLabel), containing(en.signIn.codeLabel))).fill(code!);
  await page.getByRole("button", { name: oneOf(exactly(zh.signIn.submit), exactly(en.signIn.submit)) }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

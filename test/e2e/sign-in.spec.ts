import { expect, test } from "./test";
import { demoPerson, en, exactly, format, zh } from "./fixtures";
import { signIn } from "./helpers";

test("a signed-out visitor is sent to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: zh.signIn.title })).toBeVisible();
});

test("signing in with the demo code shows the person's card from the database", async ({ page }) => {
  const chen = demoPerson("chen");
  await signIn(page, chen.phone);
  await expect(page.getByText(format(zh.home.greeting, { name: chen.maskedName }))).toBeVisible();
  await expect(page.getByTestId("insurance-type")).toHaveText(zh.home.insuranceType.employee_active);
  await expect(page.getByTestId("region")).toHaveText(chen.region.name);
  // The full name and national ID never reach the browser.
  await page.reload();
  const html = await page.content();
  expect(html).not.toContain(chen.name);
  expect(html).not.toMatch(/3504\d{14}/);
});

test("a wrong code is refused with a message and the remaining tries", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel(zh.signIn.phoneLabel).fill(demoPerson("lin").phone);
  await page.getByRole("button", { name: zh.signIn.sendCode }).click();
  const demo = page.getByTestId("demo-code");
  await expect(demo).toContainText(/\d{6}/);
  const shown = (await demo.textContent())!.match(/\d{6}/)![0];
  const wrong = shown === "000000" ? "111111" : "000000";
  await page.getByLabel(exactly(zh.signIn.codeLabel)).fill(wrong);
  await page.getByRole("button", { name: exactly(zh.signIn.submit) }).click();
  await expect(page.getByRole("status")).toContainText("还可以再试 4 次"); // built by lib/auth/otp, not in the catalogue yet
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("English is switchable and remembered", async ({ page }) => {
  const huang = demoPerson("huang");
  await signIn(page, huang.phone);
  await page.getByRole("button", { name: zh.common.switchToOtherLabel }).click();
  await expect(page.getByText(format(en.home.greeting, { name: huang.maskedName }))).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("insurance-type")).toHaveText(en.home.insuranceType.resident);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: en.common.switchToOtherLabel }).click();
  await expect(page.getByText(format(zh.home.greeting, { name: huang.maskedName }))).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, demoPerson("wang").phone);
  await page.getByRole("button", { name: zh.common.signOut }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
});

/** The digits of a number as a phone's full-width keyboard types them (１３８…). */
const fullWidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

test("a number typed with +86, spaces, a dash and full-width digits is the same number", async ({ page }) => {
  const lin = demoPerson("lin");
  await page.goto("/sign-in");
  await page.getByLabel(zh.signIn.phoneLabel).fill(`＋86 ${fullWidth(lin.phone.slice(0, 3))} ${lin.phone.slice(3, 7)}-${fullWidth(lin.phone.slice(7))}`);
  await page.getByRole("button", { name: zh.signIn.sendCode }).click();
  await expect(page.getByRole("status")).toContainText(format(zh.signIn.codeSent, { phone: lin.maskedPhone }));
  await expect(page.getByTestId("demo-code")).toContainText(/\d{6}/);
});

test("an empty or far too long number gets its own message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: zh.signIn.sendCode }).click();
  await expect(page.getByText(zh.signIn.errors.phone_empty)).toBeVisible();
  await page.getByLabel(zh.signIn.phoneLabel).fill("1".repeat(5000));
  await page.getByRole("button", { name: zh.signIn.sendCode }).click();
  await expect(page.getByText(zh.signIn.errors.phone_too_long)).toBeVisible();
});

test("after the last wrong code the demo code stays, and 重新获取验证码 sends a new one that signs in", async ({ page }) => {
  const zhao = demoPerson("zhao");
  await page.goto("/sign-in");
  await page.getByLabel(zh.signIn.phoneLabel).fill(zhao.phone);
  await page.getByRole("button", { name: zh.signIn.sendCode }).click();
  const demo = page.getByTestId("demo-code");
  const first = (await demo.textContent())!.match(/\d{6}/)![0];
  const wrong = first === "000000" ? "111111" : "000000";
  for (let attempt = 0; attempt < 5; attempt++) {
    await expect(page.getByRole("button", { name: zh.signIn.resend })).toHaveCount(0);
    await page.getByLabel(exactly(zh.signIn.codeLabel)).fill(wrong);
    await page.getByRole("button", { name: exactly(zh.signIn.submit) }).click();
    await expect(page.getByRole("status")).toContainText(attempt < 4 ? format(zh.errors.code_wrong.other, { triesLeft: 4 - attempt }) : zh.errors.code_wrong_last);
    // The demo code does not disappear after a mistake.
    await expect(demo).toContainText(first);
  }
  await page.getByRole("button", { name: zh.signIn.resend }).click();
  await expect(page.getByRole("status")).toContainText(format(zh.signIn.codeResent, { phone: zhao.maskedPhone }));
  await expect(demo).toContainText(/\d{6}/);
  const second = (await demo.textContent())!.match(/\d{6}/)![0];
  await page.getByLabel(exactly(zh.signIn.codeLabel)).fill(second);
  await page.getByRole("button", { name: exactly(zh.signIn.submit) }).click();
  await page.waitForURL((url) => url.pathname === "/");
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Browsers allow passkeys on domain names only, so this test uses localhost instead of 127.0.0.1.
test("register a passkey, sign out, and sign back in with it", async ({ page, context, baseURL }) => {
  const origin = baseURL!.replace("127.0.0.1", "localhost");
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  await signIn(page, "13800000002", origin);
  await page.goto(`${origin}/settings/security`);
  await expect(page.getByText("还没有通行密钥。")).toBeVisible();
  await page.getByRole("button", { name: "添加通行密钥" }).click();
  await expect(page.getByRole("status").filter({ hasText: "通行密钥已添加" })).toBeVisible();
  await expect(page.getByTestId("passkey-list").getByRole("listitem")).toHaveCount(1);
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]!.isResidentCredential).toBe(true);

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole("button", { name: "用通行密钥登录" }).click();
  await page.waitForURL(`${origin}/`);
  await expect(page.getByText("林*英，你好")).toBeVisible();

  // The passkey now shows when it was last used.
  await page.goto(`${origin}/settings/security`);
  await expect(page.getByTestId("passkey-list")).toContainText("上次使用");
});

test("sign out everywhere ends every session of the account", async ({ browser, baseURL }) => {
  const first = await browser.newContext({ baseURL });
  const second = await browser.newContext({ baseURL });
  const phoneA = await first.newPage();
  const phoneB = await second.newPage();
  await signIn(phoneA, "13800000007");
  await signIn(phoneB, "13800000007");
  await phoneA.goto("/settings/security");
  await expect(phoneA.getByTestId("session-list").getByRole("listitem")).toHaveCount(2);
  await phoneA.getByRole("button", { name: "在所有设备上退出" }).click();
  await expect(phoneA).toHaveURL(/\/sign-in$/);
  await phoneB.goto("/");
  await expect(phoneB).toHaveURL(/\/sign-in$/);
  await first.close();
  await second.close();
});

test("settings are reachable from the main navigation and have no axe violations", async ({ page }) => {
  await signIn(page, "13800000009");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "设置" }).click();
  await expect(page.getByRole("heading", { name: "设置" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("link", { name: /登录与安全/ }).click();
  await expect(page.getByRole("heading", { name: "登录与安全" })).toBeVisible();
});

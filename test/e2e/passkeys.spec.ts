import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./test";
import { containing, demoPerson, format, matching, zh } from "./fixtures";
import { signIn } from "./helpers";

const security = zh.security;

// Browsers allow passkeys on domain names only, so this test uses localhost instead of 127.0.0.1.
test("register a passkey, sign out, and sign back in with it", async ({ page, context, baseURL }) => {
  const origin = baseURL!.replace("127.0.0.1", "localhost");
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  const lin = demoPerson("lin");
  await signIn(page, lin.phone, origin);
  await page.goto(`${origin}/settings/security`);
  await expect(page.getByText(security.noPasskeys)).toBeVisible();
  await page.getByRole("button", { name: security.addPasskey }).click();
  await expect(page.getByRole("status").filter({ hasText: security.added })).toBeVisible();
  await expect(page.getByTestId("passkey-list").getByRole("listitem")).toHaveCount(1);
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]!.isResidentCredential).toBe(true);

  // The list refreshes after registering; check the page once its title is back in place.
  await expect(page).toHaveTitle(containing(security.title));
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole("button", { name: zh.common.signOut }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole("button", { name: security.signInWithPasskey }).click();
  await page.waitForURL(`${origin}/`);
  await expect(page.getByText(format(zh.home.greeting, { name: lin.maskedName }))).toBeVisible();

  // The passkey now shows when it was last used.
  await page.goto(`${origin}/settings/security`);
  await expect(page.getByTestId("passkey-list")).toContainText(matching(security.lastUsed, { date: /.+/ }));
});

test("sign out everywhere ends every session of the account", async ({ browser, baseURL }) => {
  const first = await browser.newContext({ baseURL });
  const second = await browser.newContext({ baseURL });
  const phoneA = await first.newPage();
  const phoneB = await second.newPage();
  const wu = demoPerson("wu-jing");
  await signIn(phoneA, wu.phone);
  await signIn(phoneB, wu.phone);
  await phoneA.goto("/settings/security");
  await expect(phoneA.getByTestId("session-list").getByRole("listitem")).toHaveCount(2);
  await phoneA.getByRole("button", { name: security.signOutEverywhere }).click();
  await expect(phoneA).toHaveURL(/\/sign-in$/);
  await phoneB.goto("/");
  await expect(phoneB).toHaveURL(/\/sign-in$/);
  await first.close();
  await second.close();
});

test("settings are reachable from the main navigation and have no axe violations", async ({ page }) => {
  await signIn(page, demoPerson("zhao").phone);
  await page.getByRole("navigation", { name: zh.common.mainNav }).getByRole("link", { name: zh.common.nav.settings }).click();
  await expect(page.getByRole("heading", { name: zh.common.settings.title })).toBeVisible();
  // Reached by a client-side navigation: check the page once its own title is in place.
  await expect(page).toHaveTitle(containing(zh.common.settings.title));
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("link", { name: containing(zh.common.settings.security) }).click();
  await expect(page.getByRole("heading", { name: security.title })).toBeVisible();
});

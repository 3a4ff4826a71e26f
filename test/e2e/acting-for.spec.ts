import { expect, test, type Browser, type Page } from "@playwright/test";
import { getMessages } from "../../lib/i18n";
import { signIn } from "./helpers";
import { qrSymbol, waitForDeviceReady } from "./voucher-helpers";

const m = getMessages("zh-CN");
const father = { phone: "13800000008", maskedName: "周*华" }; // 周国华, Yangzhou, retired, hypertension and diabetes
const son = { phone: "13800000006" }; // 周伟, his son

async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext({ ...test.info().project.use });
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

/** The banner every screen shows while acting for the father, with the one tap back. */
async function expectActingForFather(page: Page): Promise<void> {
  const banner = page.getByTestId("acting-for-banner");
  await expect(banner).toContainText(father.maskedName);
  await expect(banner.getByRole("link", { name: m.family.switcher.backToSelf })).toBeVisible();
}

// The father lets his son see his coverage, show his code and estimate for him. The son chooses
// him on home, then follows every link of the father's home: every screen is the father's.
test("acting for a relative: every screen reached from the relative's home shows the relative, with the banner", async ({ browser }) => {
  const grandfather = await signedInPage(browser, father.phone);
  await grandfather.goto("/family");
  await grandfather.getByLabel("家人的手机号").fill(son.phone);
  for (const scope of ["show_code", "estimate"] as const) await grandfather.getByLabel(m.family.scopes[scope]).check();
  await grandfather.getByRole("button", { name: m.family.create.submit }).click();
  await expect(grandfather.getByText(m.family.create.sent)).toBeVisible();

  const page = await signedInPage(browser, son.phone);
  await waitForDeviceReady(page);
  await page.goto("/family");
  // Other tests may have left grants to the son; this one is from the father.
  const received = page.getByTestId("grant-received").filter({ hasText: father.maskedName }).filter({ hasText: m.family.status.pending });
  await received.getByRole("button", { name: m.family.accept }).click();
  await expect(page.getByTestId("grant-received").filter({ hasText: father.maskedName }).filter({ hasText: m.family.status.active })).toHaveCount(1);

  await page.goto("/");
  await page.getByRole("navigation", { name: m.family.switcher.label }).getByRole("link", { name: new RegExp(father.maskedName.replace("*", "\\*")) }).click();
  await expectActingForFather(page);
  await expect(page.locator("#person-name")).toContainText(father.maskedName);

  // Every link of the father's home (its content and the navigation), but the switcher's own.
  const links = await page.locator("main a, header nav a").evaluateAll((anchors) =>
    anchors
      .filter((a) => !a.closest(`nav[aria-label="为谁办理"]`))
      .map((a) => a.getAttribute("href") ?? "")
      .filter((href, i, all) => href.startsWith("/") && all.indexOf(href) === i),
  );
  expect(links).toEqual(expect.arrayContaining(["/entitlements", "/clinic", "/estimate", expect.stringMatching(/^\/voucher\?for=/)]));
  for (const href of links) {
    await page.goto("/");
    await expectActingForFather(page);
    await page.locator(`main a[href="${href}"], header nav a[href="${href}"]`).first().click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
    if (href.startsWith("/voucher")) {
      // The code screen (a static shell, offline-ready) reads the choice from its link.
      await expectActingForFather(page);
      await expect(qrSymbol(page)).toHaveAttribute("aria-label", new RegExp(father.maskedName.replace("*", "\\*")));
      continue;
    }
    await expectActingForFather(page);
    if (href === "/entitlements") {
      // His chronic approvals, not the son's (who has none).
      await expect(page.getByRole("main")).toContainText("高血压");
      // And each of his settlements opens as his.
      await page.locator('main a[href^="/entitlements/settlements/"]').first().click();
      await page.waitForURL(/\/entitlements\/settlements\//);
      await expectActingForFather(page);
      await expect(page.getByRole("heading", { name: m.entitlements.detail.title })).toBeVisible();
    }
    if (href === "/clinic") {
      // Read-only under a grant: his clinic is shown, and nothing offers to change it.
      await expect(page.getByTestId("current-clinic")).toBeVisible();
      await expect(page.getByRole("link", { name: new RegExp(m.clinic.search.choose) })).toHaveCount(0);
    }
    if (href === "/estimate") {
      // His approved diseases are among the visits to estimate.
      await expect(page.getByLabel(m.estimate.form.visit).locator("option", { hasText: "高血压" })).toHaveCount(1);
    }
  }

  // One tap back to oneself, from any screen.
  await page.goto("/entitlements");
  await page.getByTestId("acting-for-banner").getByRole("link", { name: m.family.switcher.backToSelf }).click();
  await page.waitForURL((url) => url.pathname === "/entitlements");
  await expect(page.getByTestId("acting-for-banner")).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText("高血压");

  // The father ends the grant: the son's next screen is refused, never his own data instead.
  await page.goto("/");
  await page.getByRole("navigation", { name: m.family.switcher.label }).getByRole("link", { name: new RegExp(father.maskedName.replace("*", "\\*")) }).click();
  await expectActingForFather(page);
  await grandfather.goto("/family");
  grandfather.once("dialog", (dialog) => void dialog.accept());
  const given = grandfather.getByTestId("grant-given").filter({ hasText: "138****0006" }).filter({ hasText: m.family.status.active });
  await given.getByRole("button", { name: m.family.end }).click();
  await expect(grandfather.getByTestId("grant-given").filter({ hasText: "138****0006" }).filter({ hasText: m.family.status.active })).toHaveCount(0);
  await page.goto("/entitlements");
  await expect(page.getByRole("alert").filter({ hasText: m.family.person.notAllowed })).toBeVisible();
  await expect(page.getByTestId("acting-for-banner")).toContainText(m.family.switcher.actingForEnded);
});

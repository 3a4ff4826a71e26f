import { expect, phoneContextOptions, test } from "./test";
import { type Browser, type Page } from "@playwright/test";
import { aboutRelative, containing, demoFacility, demoPerson, format, named, zh } from "./fixtures";
import { signIn } from "./helpers";
import { qrSymbol, readCodeFromScreen, verifyAtTerminal, waitForDeviceReady } from "./voucher-helpers";

const father = demoPerson("zhou-gh"); // 周国华, Yangzhou, retired employee, hypertension and diabetes
const sonPerson = demoPerson("zhou-wei"); // 周伟, his son
const m = zh;
const aboutFather = aboutRelative(father);
/** The demo counter (a pharmacy in Sanming) where the e2e terminal key is registered. */
const counter = demoFacility("sm-yida");

async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext(phoneContextOptions());
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

/** The banner every screen shows while acting for the father: him, as the son's father, with the one tap back. */
async function expectActingForFather(page: Page): Promise<void> {
  const banner = page.getByTestId("acting-for-banner");
  await expect(banner).toContainText(format(m.family.switcher.actingFor, { name: named(father, "parent") }));
  await expect(banner.getByRole("link", { name: m.family.switcher.backToSelf })).toBeVisible();
}

/** Acting for the father, the screen speaks of him (TA, his name) — never 你, 您的 or 我的 of his data. */
async function expectWordsAboutFather(page: Page): Promise<void> {
  const text = (await page.getByRole("main").innerText()).replaceAll(m.family.switcher.self, "");
  expect(text).not.toMatch(/你|您的|我的/);
}

// The father lets his son see his coverage, show his code and estimate for him. The son chooses
// him on home, then follows every link of the father's home: every screen is the father's, in
// words about him. The father's log has every use; ending the grant ends it everywhere at once,
// including a code already on the son's phone.
test("acting for a relative: every screen reached from the relative's home shows the relative, in words about them; ending the grant ends it everywhere", async ({ browser, request }) => {
  const grandfather = await signedInPage(browser, father.phone);
  await grandfather.goto("/family");
  await grandfather.getByLabel(m.family.create.phone).fill(sonPerson.phone);
  await grandfather.getByLabel(m.family.create.relation).selectOption("child");
  for (const scope of ["show_code", "estimate"] as const) await grandfather.getByLabel(m.family.scopes[scope]).check();
  await grandfather.getByRole("button", { name: m.family.create.submit }).click();
  await expect(grandfather.getByText(m.family.create.sent)).toBeVisible();

  const page = await signedInPage(browser, sonPerson.phone);
  await waitForDeviceReady(page);
  await page.goto("/family");
  // Other tests may have left grants to the son; this one is from the father, and is the son's to accept.
  const received = page.getByTestId("grant-received").filter({ hasText: named(father, "parent") }).filter({ hasText: m.family.received.status });
  await received.getByRole("button", { name: m.family.received.accept }).click();
  await expect(page.getByTestId("grant-received").filter({ hasText: named(father, "parent") }).filter({ hasText: m.family.status.active })).toHaveCount(1);

  await page.goto("/");
  // The switcher names him by who he is to the son.
  const switcher = page.getByRole("navigation", { name: m.family.switcher.label });
  await switcher.getByRole("link", { name: containing(father.maskedName) }).click();
  await expectActingForFather(page);
  await expect(switcher.getByRole("link", { name: containing(father.maskedName) })).toContainText(m.family.relations.parent.male);
  await expect(page.locator("#person-name")).toHaveText(aboutFather.home.greeting);
  await expect(page.getByRole("link", { name: containing(aboutFather.home.showCode) })).toBeVisible();
  await expectWordsAboutFather(page);
  await page.screenshot({ path: test.info().outputPath("acting-for-home.png"), fullPage: true });

  // Every link of the father's home (its content and the navigation), but the switcher's own.
  const links = await page.locator("main a, header nav a").evaluateAll((anchors, label) =>
    anchors
      .filter((a) => !a.closest(`nav[aria-label="${label}"]`))
      .map((a) => a.getAttribute("href") ?? "")
      .filter((href, i, all) => href.startsWith("/") && all.indexOf(href) === i),
  m.family.switcher.label);
  expect(links).toEqual(expect.arrayContaining(["/entitlements", "/clinic", "/estimate", expect.stringMatching(/^\/voucher\?for=/)]));
  const visited: string[] = [];
  for (const href of links) {
    await page.goto("/");
    await expectActingForFather(page);
    await page.locator(`main a[href="${href}"], header nav a[href="${href}"]`).first().click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
    if (href.startsWith("/voucher")) {
      // The code screen (a static shell, offline-ready) reads the choice from its link.
      await expect(page.getByTestId("acting-for-banner")).toContainText(format(m.voucher.actingFor, { name: father.maskedName }));
      await expect(qrSymbol(page)).toHaveAttribute("aria-label", containing(father.maskedName));
      continue;
    }
    await expectActingForFather(page);
    await page.screenshot({ path: test.info().outputPath(`acting-for${href.replace(/\W+/g, "-")}.png`), fullPage: true });
    // Family and settings are the son's own screens (the banner stays); every other one is the father's.
    if (href === "/family" || href === "/settings") continue;
    visited.push(href);
    await expectWordsAboutFather(page);
    if (href === "/entitlements") {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(aboutFather.entitlements.title);
      // His chronic approvals, not the son's (who has none).
      await expect(page.getByRole("main")).toContainText("高血压");
      // And each of his settlements opens as his.
      await page.locator('main a[href^="/entitlements/settlements/"]').first().click();
      await page.waitForURL(/\/entitlements\/settlements\//);
      visited.push(new URL(page.url()).pathname);
      await expectActingForFather(page);
      await expectWordsAboutFather(page);
      await expect(page.getByRole("link", { name: containing(aboutFather.entitlements.detail.back) })).toBeVisible();
    }
    if (href === "/clinic") {
      // Read-only under a grant: his clinic is shown, and nothing offers to change it.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(aboutFather.clinic.title);
      await expect(page.getByTestId("current-clinic")).toBeVisible();
      await expect(page.getByRole("link", { name: new RegExp(m.clinic.search.choose) })).toHaveCount(0);
    }
    if (href === "/estimate") {
      await expect(page.getByRole("main")).toContainText(aboutFather.estimate.intro);
      // His approved diseases are among the visits to estimate.
      await expect(page.getByLabel(m.estimate.form.visit).locator("option", { hasText: "高血压" })).toHaveCount(1);
    }
  }
  expect(visited).toEqual(expect.arrayContaining(["/entitlements", "/clinic", "/estimate"]));

  // One tap back to oneself, from any screen.
  await page.goto("/entitlements");
  await page.getByTestId("acting-for-banner").getByRole("link", { name: m.family.switcher.backToSelf }).click();
  await page.waitForURL((url) => url.pathname === "/entitlements");
  await expect(page.getByTestId("acting-for-banner")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.entitlements.title);
  await expect(page.getByRole("main")).not.toContainText("高血压");

  // Acting for him again: a counter scans his code from the son's phone — in his log, with the place.
  await page.goto(`/?for=${father.personId}`);
  await expectActingForFather(page);
  await page.goto(`/voucher?for=${father.personId}`);
  const scanned = await verifyAtTerminal(request, await readCodeFromScreen(page));
  expect(scanned.status).toBe(200);
  expect(scanned.body.person.maskedName).toBe(father.maskedName);
  await grandfather.goto("/family/log");
  const scan = grandfather.getByTestId("access-log-entry").filter({ hasText: m.family.log.actions["voucher.scan"] }).first();
  await expect(scan).toContainText(named(sonPerson, "child"));
  await expect(scan).toContainText(format(m.family.log.place, { place: counter.name }));
  for (const kind of ["home.coverage", "entitlements", "clinic", "estimate.form", "voucher.shown"] as const) {
    await expect(grandfather.getByTestId("access-log-entry").filter({ hasText: m.family.log.actions[kind] }).first()).toContainText(named(sonPerson, "child"));
  }
  await grandfather.setViewportSize({ width: 320, height: 720 });
  await grandfather.screenshot({ path: test.info().outputPath("access-log-320.png"), fullPage: true });
  await grandfather.goto("/family");
  await grandfather.screenshot({ path: test.info().outputPath("grants-given-320.png"), fullPage: true });

  // The father ends the grant while a fresh code of his is on the son's phone.
  await grandfather.goto("/family");
  const given = grandfather.getByTestId("grant-given").filter({ hasText: sonPerson.maskedPhone }).filter({ hasText: m.family.status.active });
  await expect(given.getByRole("button", { name: m.family.given.end })).toBeVisible();
  await page.getByRole("button", { name: m.voucher.refreshNow }).first().click();
  const codeOnPhone = await readCodeFromScreen(page);
  grandfather.once("dialog", (dialog) => void dialog.accept());
  await given.getByRole("button", { name: m.family.given.end }).click();
  await expect(given).toHaveCount(0);

  // That code is refused at the counter …
  const refused = await verifyAtTerminal(request, codeOnPhone);
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe("grant_revoked");
  // … the code screen no longer offers his code once it is online …
  await page.reload();
  await expect(page.getByText(m.voucher.notAllowedFor)).toBeVisible();
  // … and every screen the son saw refuses, never showing his own data instead.
  for (const href of ["/", ...visited]) {
    await page.goto(href);
    await expect(page.getByRole("alert").filter({ hasText: m.family.person.notAllowed })).toBeVisible();
    await expect(page.getByTestId("acting-for-banner")).toContainText(m.family.switcher.actingForEnded);
  }
  expect((await page.request.get(`/api/v1/me/entitlements?personId=${father.personId}`)).status()).toBe(403);
});

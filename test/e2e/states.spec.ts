import { expect, test } from "./test";
import { type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demoFacility, demoPerson, format, handTypedLineName, zh } from "./fixtures";
import { signIn } from "./helpers";

/**
 * Loading, empty and error states (issue #13.7): no screen is ever blank. The screens that work
 * without JavaScript are checked without it — each renders its content or its empty state, and
 * the forms post and answer — and the states that need JavaScript (searching, a failed search,
 * a failed refresh) are checked with it.
 */

// The app's service worker would answer the catalogue search itself, past the test's stand-in for a failed search.
test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });

/** A browser without JavaScript, signed in as `phone` (the sign-in itself runs in a browser with it). */
async function withoutJavaScript(browser: Browser, baseURL: string, phone: string): Promise<{ context: BrowserContext; page: Page }> {
  const signedIn = await browser.newContext({ baseURL });
  await signIn(await signedIn.newPage(), phone);
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  await context.addCookies(await signedIn.cookies());
  await signedIn.close();
  return { context, page: await context.newPage() };
}

/** The screen has its heading and content: never a blank page. */
async function notBlank(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("main h1").first(), path).toBeVisible();
  expect((await page.locator("main").innerText()).trim().length, path).toBeGreaterThan(20);
}

test("without JavaScript: every patient screen renders, empty states say so, and the estimate posts, saves and shares", async ({ browser, baseURL }) => {
  const liu = await withoutJavaScript(browser, baseURL!, demoPerson("liu").phone);
  for (const path of ["/", "/entitlements", "/clinic", "/estimate", "/family", "/family/log", "/settings", "/settings/devices", "/settings/security"]) await notBlank(liu.page, path);
  // Empty states, in words: no settlements this year, no clinic matching a search.
  await liu.page.goto("/entitlements");
  await expect(liu.page.getByTestId("settlements-empty")).toHaveText(zh.entitlements.settlements.empty);
  await liu.page.goto("/clinic?q=zzzz");
  await expect(liu.page.getByTestId("clinic-list-empty")).toHaveText(zh.clinic.search.empty);
  await liu.context.close();

  const { context, page } = await withoutJavaScript(browser, baseURL!, demoPerson("chen").phone);
  const form = zh.estimate.form;
  // An empty form posted: the problems, not a blank page.
  await page.goto("/estimate");
  await page.getByRole("button", { name: form.submit, exact: true }).click();
  await expect(page.getByText(zh.estimate.errors.noLines)).toBeVisible();
  // A bill posted: the answer first.
  await page.getByLabel(form.serviceDate).fill("2023-06-01");
  const facility = page.getByLabel(form.facility);
  await facility.selectOption((await facility.locator("option", { hasText: demoFacility("sm-2nd").name }).getAttribute("value"))!);
  await page.getByLabel(form.accumulatorsWhatIf).check();
  await page.getByLabel(form.name, { exact: true }).fill(handTypedLineName);
  await page.getByLabel(form.class).selectOption("A");
  await page.getByLabel(form.amount).fill("1000.00");
  await page.getByRole("button", { name: form.submit, exact: true }).click();
  await expect(page.getByTestId("estimate-answer")).toHaveText(format(zh.estimate.result.answer.selfCash, { self: "¥775.00", fund: "¥225.00" }));
  // Saved and shared, still without JavaScript: the link is shown to be copied by hand.
  await page.getByRole("button", { name: zh.estimate.result.save }).click();
  await page.waitForURL(/\/estimate\/saved\//);
  await expect(page.getByTestId("estimate-lines")).toContainText(handTypedLineName);
  await page.getByRole("button", { name: zh.estimate.result.share.create }).click();
  await expect(page.getByTestId("estimate-share-link")).toHaveValue(/\/shared\/estimate\/[A-Za-z0-9_-]{43}$/);
  const link = await page.getByTestId("estimate-share-link").inputValue();
  await page.goto(new URL(link).pathname);
  await expect(page.getByTestId("estimate-answer")).toBeVisible();
  await context.close();
});

test("with JavaScript: a search shows that it is searching, and a failed search says what to do instead", async ({ page }) => {
  const form = zh.estimate.form;
  await signIn(page, demoPerson("chen").phone);
  await page.goto("/estimate");
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route("**/api/v1/catalogue/search**", async (route) => {
    await held;
    await route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: { code: "internal_error" } }) });
  });
  await page.getByLabel(form.lineModes.catalogue).check();
  await page.getByRole("combobox", { name: form.search }).fill("ejsg");
  await expect(page.getByText(form.searching)).toBeVisible();
  release();
  await expect(page.getByText(form.searchError)).toBeVisible();
  // The way out it names: type the line in.
  await page.getByLabel(form.lineModes.free).check();
  await expect(page.getByLabel(form.name, { exact: true })).toBeVisible();
});

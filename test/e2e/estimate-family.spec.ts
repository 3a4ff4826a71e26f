import { expect, phoneContextOptions, test } from "./test";
import { type Browser, type Page } from "@playwright/test";
import { demoPerson, handTypedLineName, zh } from "./fixtures";
import { signIn } from "./helpers";

async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext(phoneContextOptions());
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

// The grandfather (zhou-gh) lets Zhao (zhao) estimate his costs, and nothing else.
test("an estimate for a relative works with an estimate grant and is refused without one", async ({ browser }) => {
  const zhao = demoPerson("zhao");
  const family = zh.family;
  const form = zh.estimate.form;
  const grandfather = await signedInPage(browser, demoPerson("zhou-gh").phone);
  const grandfatherId = await grandfather.evaluate(async () => {
    const response = await fetch("/api/v1/me/entitlements");
    return ((await response.json()) as { personId: string }).personId;
  });
  const helper = await signedInPage(browser, zhao.phone);

  // Without a grant: refused, and nothing of his is shown.
  await helper.goto(`/estimate?for=${grandfatherId}`);
  await expect(helper.getByRole("alert").filter({ hasText: family.person.notAllowed })).toHaveText(family.person.notAllowed);
  await expect(helper.getByRole("button", { name: form.submit, exact: true })).toHaveCount(0);

  await grandfather.goto("/family");
  await grandfather.getByLabel(family.create.phone).fill(zhao.phone);
  // Zhao is no relative on record: the grandfather says so.
  await grandfather.getByLabel(family.create.relation).selectOption("other");
  await grandfather.getByLabel(family.scopes.estimate).check();
  await grandfather.getByRole("button", { name: family.create.submit }).click();
  await expect(grandfather.getByText(family.create.sent)).toBeVisible();
  await helper.goto("/family");
  await helper.getByTestId("grant-received").getByRole("button", { name: family.received.accept }).click();
  await expect(helper.getByTestId("grant-received")).toContainText(family.status.active);

  // With the grant: the form is his (Yangzhou, retired employee) and an estimate runs.
  await helper.goto(`/estimate?for=${grandfatherId}`);
  await helper.getByLabel(form.accumulatorsWhatIf).check();
  await helper.getByLabel(form.lineModes.free).check();
  await helper.getByLabel(form.name, { exact: true }).fill(handTypedLineName);
  await helper.getByLabel(form.class).selectOption("A");
  await helper.getByLabel(form.amount).fill("300.00");
  await helper.getByRole("button", { name: form.submit, exact: true }).click();
  await expect(helper.getByTestId("estimate-lines-total")).toHaveText("¥300.00");
  // The answer names the person estimated for, not the reader.
  await expect(helper.getByTestId("estimate-answer")).toContainText(demoPerson("zhou-gh").maskedName);

  // The grandfather sees who estimated for him.
  await grandfather.goto("/family/log");
  const estimated = grandfather.getByTestId("access-log-entry").filter({ hasText: family.log.actions["estimate.run"] }).first();
  await expect(estimated).toContainText(zhao.maskedName);
});

import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./test";
import { type Page } from "@playwright/test";
import { catalogueItem, demoFacility, demoPerson, en, format, handTypedLineName, matching, money, zh } from "./fixtures";
import { signIn } from "./helpers";

const SCREENS = "/tmp/screens-estimate";
const CHEN = demoPerson("chen").phone;
const sanmingSecond = demoFacility("sm-2nd");

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function useEnglish(page: Page) {
  const origin = new URL(page.url()).origin;
  await page.context().addCookies([{ name: "yb_locale", value: "en", url: origin }]);
}

async function chooseFacility(page: Page, label: string, name: string) {
  const select = page.getByLabel(label);
  const value = await select.locator("option", { hasText: name }).getAttribute("value");
  await select.selectOption(value!);
}

/** SM-1 (明医保函〔2023〕20号): in service, level 2, nothing paid this year, 1,000.00 all class A. */
async function enterSm1(page: Page, locale: "zh-CN" | "en") {
  const form = (locale === "en" ? en : zh).estimate.form;
  await page.getByLabel(form.serviceDate).fill("2023-06-01");
  await chooseFacility(page, form.facility, locale === "en" ? sanmingSecond.nameEn : sanmingSecond.name);
  await page.getByLabel(form.accumulatorsWhatIf).check();
  await page.getByLabel(form.whatIf.deductiblePaid).fill("0");
  await page.getByLabel(form.lineModes.free).check();
  await page.getByLabel(form.name, { exact: true }).fill(handTypedLineName);
  await page.getByLabel(form.class).selectOption("A");
  await page.getByLabel(form.amount).fill("1000.00");
}

test.beforeAll(() => mkdirSync(SCREENS, { recursive: true }));
test.use({ viewport: { width: 412, height: 915 } });

test("SM-1 entered through the screen answers in one sentence first, with the national fields collapsed (zh)", async ({ page }) => {
  const result = zh.estimate.result;
  await signIn(page, CHEN);
  await page.goto("/estimate");
  await expect(page.getByRole("heading", { level: 1, name: zh.estimate.title })).toBeVisible();
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-form-zh.png`, fullPage: true });
  await enterSm1(page, "zh-CN");
  await page.getByRole("button", { name: zh.estimate.form.submit, exact: true }).click();
  // The answer first: what the person pays and what the fund pays (明医保函〔2023〕20号: fund 225.00, person 775.00).
  await expect(page.getByTestId("estimate-answer")).toHaveText(format(result.answer.selfCash, { self: "¥775.00", fund: "¥225.00" }));
  // The account was not used: the balance as it is, not a balance "after".
  await expect(page.getByTestId("estimate-balance")).toHaveText(matching(result.balanceUnused, { balance: money }, "both"));
  await expect(page.getByTestId("estimate-lines")).toContainText(handTypedLineName);
  await expect(page.getByTestId("estimate-lines-total")).toHaveText("¥1,000.00");
  await expect(page.getByTestId("estimate-explanation").locator("li").first()).toBeVisible();
  await expect(page.getByRole("img", { name: matching(result.splitSummary, { total: "¥1,000.00", parts: /.*/ }) })).toBeVisible();
  // The national settlement fields are there for counter staff, collapsed until opened.
  const clerk = page.getByTestId("estimate-clerk-fields");
  await expect(clerk.getByTestId("field-hifp_pay")).toBeHidden();
  await clerk.getByText(result.fieldsHeading).click();
  await expect(clerk.getByTestId("field-act_pay_dedc")).toHaveText("¥700.00");
  await expect(clerk.getByTestId("field-hifp_pay")).toHaveText("¥225.00");
  await expect(clerk.getByTestId("field-fund_pay_sumamt")).toHaveText("¥225.00");
  await expect(clerk.getByTestId("field-psn_part_amt")).toHaveText("¥775.00");
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-result-zh.png`, fullPage: true });

  // Saved: the lines, the inputs and the policy version are kept.
  await page.getByRole("button", { name: result.save }).click();
  await page.waitForURL(/\/estimate\/saved\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("estimate-answer")).toHaveText(format(result.answer.selfCash, { self: "¥775.00", fund: "¥225.00" }));
  await expect(page.getByTestId("estimate-lines")).toContainText(handTypedLineName);
  await expect(page.getByTestId("estimate-conditions")).toContainText(sanmingSecond.name);
  await expect(page.getByRole("region", { name: result.policyHeading })).toContainText(format(result.policy, { region: "福建省三明市", version: "2022年1月1日" }));
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-saved-zh.png`, fullPage: true });

  // Printed, the lines are on paper and the form and buttons are not.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("estimate-lines")).toBeVisible();
  await expect(page.getByRole("button", { name: result.print })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // "Estimate again" starts from the saved inputs.
  await page.getByRole("link", { name: result.again }).click();
  await expect(page.getByLabel(zh.estimate.form.name, { exact: true })).toHaveValue(handTypedLineName);
  await expect(page.getByLabel(zh.estimate.form.amount)).toHaveValue("1000.00");
});

test("a saved estimate is shared by a read-only link that a relative opens without an account, until it is withdrawn", async ({ page, browser, baseURL }) => {
  const share = zh.estimate.result.share;
  const chen = demoPerson("chen");
  await signIn(page, CHEN);
  await page.goto("/estimate");
  await enterSm1(page, "zh-CN");
  await page.getByRole("button", { name: zh.estimate.form.submit, exact: true }).click();
  await page.getByRole("button", { name: zh.estimate.result.save }).click();
  await page.waitForURL(/\/estimate\/saved\//);
  await page.getByRole("button", { name: share.create }).click();
  const link = await page.getByTestId("estimate-share-link").inputValue();
  expect(link).toMatch(/\/shared\/estimate\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("estimate-share-until")).toHaveText(matching(share.until, { time: /.+/ }, "both"));
  await expectNoViolations(page);

  // The relative: another browser, nobody signed in.
  const relative = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const other = await relative.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: zh.estimate.result.shared.title })).toBeVisible();
  await expect(other.getByTestId("estimate-answer")).toHaveText(format(zh.estimate.result.answer.otherCash, { name: chen.maskedName, self: "¥775.00", fund: "¥225.00" }));
  await expect(other.getByTestId("estimate-lines")).toContainText(handTypedLineName);
  // Only the masked name: not the full name, the phone number, or the account balance.
  await expect(other.locator("body")).not.toContainText(chen.name);
  await expect(other.locator("body")).not.toContainText(chen.phone);
  await expect(other.getByTestId("estimate-balance")).toHaveCount(0);
  await expectNoViolations(other);
  await other.screenshot({ path: `${SCREENS}/estimate-shared-zh.png`, fullPage: true });

  // Withdrawn: the same link now says it no longer opens.
  await page.getByRole("button", { name: share.stop }).click();
  await expect(page.getByText(share.stopped)).toBeVisible();
  await other.reload();
  await expect(other.getByTestId("shared-expired")).toHaveText(zh.estimate.result.shared.expired);
  await relative.close();
});

test("the catalogue search finds an item by pinyin initials, keyboard only, and the lines can be added and removed", async ({ page }) => {
  const form = zh.estimate.form;
  // Metformin tablets, whose pinyin initials begin with ejsg; 6.50 a box, so two come to 13.00.
  const metformin = catalogueItem("XA10BAE015A001010100000");
  await signIn(page, CHEN);
  await page.goto("/estimate");
  await page.getByLabel(form.lineModes.catalogue).check();
  const search = page.getByRole("combobox", { name: form.search });
  await search.fill("ejsg");
  await expect(page.getByRole("listbox", { name: form.searchResults }).getByRole("option").first()).toContainText(metformin.name);
  await search.press("ArrowDown");
  await search.press("Enter");
  await expect(page.getByTestId("estimate-line-item")).toContainText(metformin.name);
  await page.getByLabel(form.quantity).fill("2");
  await expect(page.getByText(format(form.lineTotal, { amount: "13.00" }))).toBeVisible();
  await page.getByRole("button", { name: form.addLine }).click();
  await expect(page.getByTestId("estimate-line")).toHaveCount(2);
  await page.getByRole("button", { name: format(form.removeLine, { n: 2 }) }).click();
  await expect(page.getByTestId("estimate-line")).toHaveCount(1);
  await page.getByRole("button", { name: form.submit, exact: true }).click();
  await expect(page.getByTestId("estimate-lines-total")).toHaveText("¥13.00");
});

test("English: the form, a result with its explanation, no axe violations", async ({ page }) => {
  await signIn(page, CHEN);
  await useEnglish(page);
  await page.goto("/estimate");
  await expect(page.getByRole("heading", { level: 1, name: en.estimate.title })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("button", { name: en.estimate.form.submit, exact: true }).click();
  await expect(page.getByText(en.estimate.errors.noLines)).toBeVisible();
  await expectNoViolations(page);
  await enterSm1(page, "en");
  await page.getByRole("button", { name: en.estimate.form.submit, exact: true }).click();
  await expect(page.getByTestId("estimate-answer")).toHaveText(format(en.estimate.result.answer.selfCash, { self: "¥775.00", fund: "¥225.00" }));
  await expect(page.getByTestId("field-hifp_pay")).toHaveText("¥225.00");
  await expect(page.getByTestId("estimate-explanation")).toBeVisible();
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-result-en.png`, fullPage: true });
});

test("without JavaScript the form posts and the result renders", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 915 }, baseURL });
  const page = await context.newPage();
  // Sign in with JavaScript, then carry the session cookie over.
  const jsContext = await browser.newContext({ baseURL });
  const jsPage = await jsContext.newPage();
  await signIn(jsPage, CHEN);
  await context.addCookies(await jsContext.cookies());
  await jsContext.close();
  const form = zh.estimate.form;
  await page.goto("/estimate");
  await page.getByLabel(form.serviceDate).fill("2023-06-01");
  await chooseFacility(page, form.facility, sanmingSecond.name);
  await page.getByLabel(form.accumulatorsWhatIf).check();
  await page.getByLabel(form.name, { exact: true }).fill(handTypedLineName);
  await page.getByLabel(form.class).selectOption("A");
  await page.getByLabel(form.amount).fill("1000.00");
  await page.getByRole("button", { name: form.submit, exact: true }).click();
  await expect(page.getByTestId("estimate-answer")).toHaveText(format(zh.estimate.result.answer.selfCash, { self: "¥775.00", fund: "¥225.00" }));
  await expect(page.getByTestId("field-act_pay_dedc")).toHaveText("¥700.00");
  await context.close();
});

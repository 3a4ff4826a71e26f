import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { catalogueItem, demoFacility, demoPerson, en, format, handTypedLineName, matching, zh } from "./fixtures";
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

test("SM-1 entered through the screen shows the stated figures and the explanation (zh)", async ({ page }) => {
  await signIn(page, CHEN);
  await page.goto("/estimate");
  await expect(page.getByRole("heading", { level: 1, name: zh.estimate.title })).toBeVisible();
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-form-zh.png`, fullPage: true });
  await enterSm1(page, "zh-CN");
  await page.getByRole("button", { name: zh.estimate.form.submit, exact: true }).click();
  const result = page.getByTestId("estimate-result");
  await expect(result).toBeVisible();
  await expect(page.getByTestId("field-act_pay_dedc")).toHaveText("700.00");
  await expect(page.getByTestId("field-hifp_pay")).toHaveText("225.00");
  await expect(page.getByTestId("field-fund_pay_sumamt")).toHaveText("225.00");
  await expect(page.getByTestId("field-psn_part_amt")).toHaveText("775.00");
  await expect(page.getByTestId("estimate-explanation").locator("li").first()).toBeVisible();
  await expect(page.getByRole("img", { name: matching(zh.estimate.result.splitSummary, { total: "1000.00", parts: /.*/ }) })).toBeVisible();
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-result-zh.png`, fullPage: true });

  await page.getByRole("button", { name: zh.estimate.result.share }).click();
  await page.waitForURL(/\/estimate\/saved\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("field-psn_part_amt")).toHaveText("775.00");
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-saved-zh.png`, fullPage: true });
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
  await expect(page.getByTestId("field-medfee_sumamt")).toHaveText("13.00");
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
  await expect(page.getByTestId("field-hifp_pay")).toHaveText("225.00");
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
  await expect(page.getByTestId("field-psn_part_amt")).toHaveText("775.00");
  await expect(page.getByTestId("field-act_pay_dedc")).toHaveText("700.00");
  await context.close();
});

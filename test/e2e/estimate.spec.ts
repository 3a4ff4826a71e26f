import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const SCREENS = "/tmp/screens-estimate";
const CHEN = "13800000001";

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
async function enterSm1(page: Page, zh: boolean) {
  await page.getByLabel(zh ? "就诊日期" : "Date of the visit").fill("2023-06-01");
  await chooseFacility(page, zh ? "就诊机构" : "Facility", zh ? "三明市第二医院" : "Sanming Second Hospital");
  await page.getByLabel(zh ? "假设的数值" : "What-if values").check();
  await page.getByLabel(zh ? "本年已付起付线" : "Deductible paid this year").fill("0");
  await page.getByLabel(zh ? "自由填写" : "Type it in").check();
  await page.getByLabel(zh ? "名称" : "Name", { exact: true }).fill("门诊费用（甲类）");
  await page.getByLabel(zh ? "医保类别" : "Insurance class").selectOption("A");
  await page.getByLabel(zh ? "金额（元）" : "Amount (yuan)").fill("1000.00");
}

test.beforeAll(() => mkdirSync(SCREENS, { recursive: true }));
test.use({ viewport: { width: 412, height: 915 } });

test("SM-1 entered through the screen shows the stated figures and the explanation (zh)", async ({ page }) => {
  await signIn(page, CHEN);
  await page.goto("/estimate");
  await expect(page.getByRole("heading", { level: 1, name: "费用估算" })).toBeVisible();
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-form-zh.png`, fullPage: true });
  await enterSm1(page, true);
  await page.getByRole("button", { name: "估算", exact: true }).click();
  const result = page.getByTestId("estimate-result");
  await expect(result).toBeVisible();
  await expect(page.getByTestId("field-act_pay_dedc")).toHaveText("700.00");
  await expect(page.getByTestId("field-hifp_pay")).toHaveText("225.00");
  await expect(page.getByTestId("field-fund_pay_sumamt")).toHaveText("225.00");
  await expect(page.getByTestId("field-psn_part_amt")).toHaveText("775.00");
  await expect(page.getByTestId("estimate-explanation").locator("li").first()).toBeVisible();
  await expect(page.getByRole("img", { name: /共 1000.00 元/ })).toBeVisible();
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-result-zh.png`, fullPage: true });

  await page.getByRole("button", { name: "保存并获取分享链接" }).click();
  await page.waitForURL(/\/estimate\/saved\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("field-psn_part_amt")).toHaveText("775.00");
  await expectNoViolations(page);
  await page.screenshot({ path: `${SCREENS}/estimate-saved-zh.png`, fullPage: true });
});

test("the catalogue search finds an item by pinyin initials, keyboard only, and the lines can be added and removed", async ({ page }) => {
  await signIn(page, CHEN);
  await page.goto("/estimate");
  await page.getByLabel("从目录选择").check();
  const search = page.getByRole("combobox", { name: "搜索目录" });
  await search.fill("ejsg");
  await expect(page.getByRole("listbox", { name: "搜索结果" }).getByRole("option").first()).toContainText("二甲双胍");
  await search.press("ArrowDown");
  await search.press("Enter");
  await expect(page.getByTestId("estimate-line-item")).toContainText("二甲双胍片");
  await page.getByLabel("数量").fill("2");
  await expect(page.getByText("小计 13.00 元")).toBeVisible();
  await page.getByRole("button", { name: "添加一行" }).click();
  await expect(page.getByTestId("estimate-line")).toHaveCount(2);
  await page.getByRole("button", { name: "删除第 2 行" }).click();
  await expect(page.getByTestId("estimate-line")).toHaveCount(1);
  await page.getByRole("button", { name: "估算", exact: true }).click();
  await expect(page.getByTestId("field-medfee_sumamt")).toHaveText("13.00");
});

test("English: the form, a result with its explanation, no axe violations", async ({ page }) => {
  await signIn(page, CHEN);
  await useEnglish(page);
  await page.goto("/estimate");
  await expect(page.getByRole("heading", { level: 1, name: "Estimate" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Estimate", exact: true }).click();
  await expect(page.getByText("Enter at least one bill line.")).toBeVisible();
  await expectNoViolations(page);
  await enterSm1(page, false);
  await page.getByRole("button", { name: "Estimate", exact: true }).click();
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
  await page.goto("/estimate");
  await page.getByLabel("就诊日期").fill("2023-06-01");
  await chooseFacility(page, "就诊机构", "三明市第二医院");
  await page.getByLabel("假设的数值").check();
  await page.getByLabel("名称", { exact: true }).fill("门诊费用（甲类）");
  await page.getByLabel("医保类别").selectOption("A");
  await page.getByLabel("金额（元）").fill("1000.00");
  await page.getByRole("button", { name: "估算", exact: true }).click();
  await expect(page.getByTestId("field-psn_part_amt")).toHaveText("775.00");
  await expect(page.getByTestId("field-act_pay_dedc")).toHaveText("700.00");
  await context.close();
});

import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const SHOTS = "test-results/screenshots";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("Chen's entitlements: bars with figures in words, the expiring approval, the account, all 'as of'", async ({ page }) => {
  await signIn(page, "13800000001");
  const homeCard = page.getByRole("region", { name: "本年待遇" });
  await expect(homeCard.getByRole("progressbar").first()).toHaveAttribute("aria-valuetext", /基金已支付 ¥[\d,]+\.\d\d，年度限额 ¥[\d,]+\.\d\d/);
  await expect(homeCard.getByText(/^截至 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/)).toBeVisible();
  await expect(page.getByTestId("home-account-balance")).toHaveText(/^¥[\d,]+\.\d\d$/);

  await homeCard.getByRole("link", { name: "查看全部待遇" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的待遇" })).toBeVisible();
  await expect(page.getByTestId("entitlements-as-of")).toHaveText(/^截至 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
  const outpatient = page.locator('[data-bucket="general_outpatient"]');
  await expect(outpatient.getByRole("progressbar", { name: "基金已支付" })).toHaveAttribute("aria-valuetext", /还可支付 ¥/);
  await expect(outpatient.getByText(/^依据：/)).toBeVisible();
  await expect(outpatient.getByRole("progressbar", { name: "起付线" })).toHaveAttribute("aria-valuetext", /起付线：本年已付 ¥/);
  const diabetes = page.locator('[data-disease="diabetes"]');
  await expect(diabetes).toContainText("即将到期");
  await expect(diabetes).toContainText(/有效期至 \d{4}年/);
  await expect(page.getByTestId("account-balance")).toHaveText(/^¥[\d,]+\.\d\d$/);
  await expect(page.getByRole("heading", { name: "最近的结算" })).toBeVisible();
  await expect(page.getByTestId("settlements").or(page.getByTestId("settlements-empty"))).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, "entitlements-zh");

  await page.context().addCookies([{ name: "yb_locale", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My entitlements" })).toBeVisible();
  await expect(page.getByTestId("entitlements-as-of")).toHaveText(/^As of \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/);
  await expect(outpatient.getByRole("progressbar", { name: "Fund paid" })).toHaveAttribute("aria-valuetext", /left$/);
  await expectNoViolations(page);
  await screenshot(page, "entitlements-en");
});

test("a settlement opens its full split and explanation; another person's id is not found", async ({ page }) => {
  await signIn(page, "13800000001");
  await page.goto("/entitlements");
  const list = page.getByTestId("settlements");
  await expect(list.getByRole("link").first()).toBeVisible();
  await list.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "结算明细" })).toBeVisible();
  await expect(page.locator('[data-amount="medfee_sumamt"]')).toContainText(/¥[\d,]+\.\d\d/);
  await expect(page.getByRole("heading", { name: "计算过程" })).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, "settlement-zh");

  const response = await page.goto("/entitlements/settlements/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "没有找到这个页面。" })).toBeVisible();
});

test("someone without bills this year sees the empty state", async ({ page }) => {
  await signIn(page, "13800000004");
  await page.goto("/entitlements");
  await expect(page.getByTestId("settlements-empty")).toHaveText("今年还没有结算记录。");
  await expectNoViolations(page);
});

test("Wang's filing as a relocated retiree in Sanya is shown; a resident has no personal account", async ({ page }) => {
  await signIn(page, "13800000005");
  await page.goto("/entitlements");
  await expect(page.getByTestId("filing")).toContainText("海南省三亚市");
  await expect(page.getByTestId("filing")).toContainText("异地安置退休人员");
  await page.getByRole("button", { name: "退出登录" }).click();
  await signIn(page, "13800000009");
  await page.goto("/entitlements");
  await expect(page.getByText("城乡居民医保没有个人账户。")).toBeVisible();
  await expect(page.getByRole("heading", { name: "医疗救助 · 低保对象" })).toBeVisible();
  await expectNoViolations(page);
});

test("without JavaScript the home, entitlements and clinic screens render whole", async ({ page, browser }) => {
  await signIn(page, "13800000001");
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  for (const [path, heading, content] of [
    ["/", "我的医保", "本年待遇"],
    ["/entitlements", "我的待遇", "最近的结算"],
    ["/clinic", "定点机构", "怎样更换"],
  ] as const) {
    await plain.goto(path);
    // The server sends each screen complete: no placeholder waiting for a script to swap it.
    await expect(plain.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(plain.getByRole("heading", { name: content })).toBeVisible();
    expect(await plain.locator("[hidden] main, main[aria-busy=true]").count()).toBe(0);
  }
  await noScript.close();
});

import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const SHOTS = "test-results/screenshots";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function useEnglish(page: Page) {
  await page.context().addCookies([{ name: "yb_locale", value: "en", url: page.url() }]);
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("Lin changes her clinic through the screen: confirm, success, history and home follow", async ({ page }) => {
  await signIn(page, "13800000002");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "定点机构" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "定点机构" })).toBeVisible();
  const current = page.getByTestId("current-clinic");
  await expect(current).toContainText("列东街道社区卫生服务中心");
  await expect(page.getByTestId("clinic-change-window")).toHaveText("现在可以更换。");
  await expect(page.getByText(/^截至 \d{4}年/).first()).toBeVisible();

  await page.getByRole("link", { name: /^选这家\s?：城关街道社区卫生服务中心$/ }).click();
  const confirm = page.getByRole("region", { name: "确认更换定点机构" });
  await expect(confirm).toContainText("从“列东街道社区卫生服务中心”改为“城关街道社区卫生服务中心”");
  await expect(page.getByRole("heading", { name: "确认更换定点机构" })).toBeFocused();
  await expectNoViolations(page);
  await confirm.getByRole("button", { name: "确认更换" }).click();

  await expect(page.getByTestId("clinic-change-success")).toHaveText("已选定“城关街道社区卫生服务中心”为你的普通门诊定点机构。");
  await expect(current).toContainText("城关街道社区卫生服务中心");
  const history = page.getByTestId("clinic-history").getByRole("listitem");
  await expect(history).toHaveCount(3);
  await expect(history.first()).toContainText("城关街道社区卫生服务中心");
  await expect(history.first()).toContainText("至今 · 本人更换");

  await page.goto("/");
  await expect(page.getByTestId("home-clinic")).toContainText("城关街道社区卫生服务中心");
});

test("the search and filters work as a plain GET form without JavaScript", async ({ page, browser }) => {
  await signIn(page, "13800000003");
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto("/clinic");
  await plain.getByLabel("机构名称").fill("卫生院");
  await plain.getByLabel("区县").selectOption("清新区");
  await plain.getByRole("button", { name: "搜索" }).click();
  await expect(plain).toHaveURL(/q=%E5%8D%AB%E7%94%9F%E9%99%A2/);
  await expect(plain.getByRole("status").filter({ hasText: "共" })).toHaveText("共 2 家");
  await expect(plain.getByTestId("clinic-list").getByRole("heading")).toHaveText(["太和镇卫生院", "山塘镇卫生院"]);
  await noScript.close();
});

test("Huang sees his county alliance, when he may change next, and no way to change before then", async ({ page }) => {
  await signIn(page, "13800000003");
  await page.goto("/clinic");
  await expect(page.getByTestId("current-clinic")).toContainText("太和镇卫生院");
  await expect(page.getByTestId("alliance-members")).toContainText("山塘镇卫生院");
  await expect(page.getByTestId("alliance-members")).toContainText("清新区人民医院");
  await expect(page.getByTestId("clinic-change-window")).toContainText("下次可以更换的日期：");
  await expect(page.getByText("依据：清远市医疗保障局 清医保待函〔2021〕28号（2021-04-29）")).toBeVisible();
  // The 365 days are not in that document: the screen says the figure is a demo value.
  await expect(page.getByTestId("clinic-change-interval")).toHaveText("每次选定后，满 365 天才能再次更换。（演示值：下列依据未规定更换间隔，尚未核实。）");
  await expect(page.getByRole("link", { name: /^选这家/ })).toHaveCount(0);
  await expectNoViolations(page);
  await screenshot(page, "clinic-zh");

  await useEnglish(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My clinic" })).toBeVisible();
  await expect(page.getByTestId("current-clinic")).toContainText("Taihe Township Health Centre");
  await expect(page.getByTestId("current-clinic")).toContainText("18 Xincheng Avenue, Taihe Town, Qingxin District （清新区太和镇新城大道 18 号）");
  await expect(page.getByTestId("current-clinic")).toContainText("Mon–Sun 08:00–17:30");
  await expect(page.getByTestId("alliance-members")).toContainText("6 Shantang Avenue, Shantang Town, Qingxin District");
  await expect(page.getByText(/^As of \d{1,2} [A-Z][a-z]{2} \d{4}/).first()).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, "clinic-en");
});

test("Liu is reminded on home that she has no clinic, and chooses one", async ({ page }) => {
  await signIn(page, "13800000004");
  const reminder = page.locator('[data-alert="clinic_required"]');
  await expect(reminder).toContainText("还没有选定普通门诊机构");
  await expect(page.getByTestId("home-clinic-none")).toHaveText("还没有选定");
  await expectNoViolations(page);
  await screenshot(page, "home-liu-zh");

  await reminder.getByRole("link", { name: "去选择定点机构" }).click();
  await expect(page.getByTestId("current-clinic-none")).toContainText("在清远市，普通门诊只在选定的机构报销");
  await page.getByRole("link", { name: /^选这家\s?：太和镇卫生院$/ }).click();
  await expect(page.getByText("确认后，")).toContainText("之前不能再次更换");
  await page.getByRole("button", { name: "确认选定" }).click();
  await expect(page.getByTestId("clinic-change-success")).toBeVisible();
  await expect(page.getByTestId("current-clinic")).toContainText("太和镇卫生院");
  await expect(page.getByTestId("clinic-change-window")).toContainText("下次可以更换的日期：");

  await page.goto("/");
  await expect(page.locator('[data-alert="clinic_required"]')).toHaveCount(0);
  await expect(page.getByTestId("home-clinic")).toContainText("太和镇卫生院");
});

test("home shows reminders and the clinic card in both languages without axe violations", async ({ page }) => {
  await signIn(page, "13800000001");
  await expect(page.locator('[data-alert="chronic_ending"]')).toContainText("糖尿病");
  await expectNoViolations(page);
  await screenshot(page, "home-zh");
  await useEnglish(page);
  await page.reload();
  await expect(page.locator('[data-alert="chronic_ending"]')).toContainText("Diabetes");
  await expect(page.getByText(/^As of /).first()).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, "home-en");
});

test("GET /api/v1/me/clinic: 401 JSON when signed out, the person's own clinic when signed in, never cached", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const refused = await anonymous.get("/api/v1/me/clinic");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["cache-control"]).toContain("no-store");
  expect((await refused.json()).error.code).toBe("unauthenticated");
  await anonymous.dispose();

  await signIn(page, "13800000003");
  const response = await page.request.get("/api/v1/me/clinic?q=taihe");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  const body = await response.json();
  expect(body.current.facility.nameEn).toBe("Taihe Township Health Centre");
  expect(body.region).toMatchObject({ code: "441800", allianceAsOneUnit: true, changeIntervalDays: 365, changeIntervalUnverified: true });
  expect(body.eligible.items.map((c: { nameEn: string }) => c.nameEn)).toEqual(["Taihe Township Health Centre"]);
  expect(JSON.stringify(body)).not.toContain("黄志强");
});

/**
 * What an estimate rests on, readable by anyone: the regions, each value by period in plain
 * words, its document or a demo badge, in Chinese and in English.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./test";
import { demoPerson, en, format, zh } from "./fixtures";
import { signIn } from "./helpers";

const w = zh.policySources;

test("anyone can read the policy sources: regions, values by period, documents and demo badges", async ({ page }) => {
  await page.goto("/policies");
  await expect(page.getByRole("heading", { level: 1, name: w.title })).toBeVisible();
  const regions = page.getByRole("list").first().getByRole("link");
  expect(await regions.count()).toBeGreaterThanOrEqual(4);

  await page.getByRole("link", { name: format(w.openRegion, { name: "福建省三明市" }) }).click();
  await expect(page).toHaveURL(/\/policies\/CN-350400$/);
  await expect(page.getByRole("heading", { level: 1, name: "福建省三明市" })).toBeVisible();
  const deductible = page.locator('[data-path="benefits.employee_general_outpatient.deductible"]');
  await expect(deductible).toContainText("每年 ¥700.00");
  await expect(deductible.locator('[data-verified="true"]').first().locator("cite")).toContainText("明医保函〔2023〕20号");
  const demo = page.locator('[data-path="classBSelfPayShare"]');
  await expect(demo).toContainText(w.demo);
  await expect(demo).not.toContainText("Demo value");
  await page.screenshot({ path: test.info().outputPath("policy-sources-sanming.png"), fullPage: false });

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole("link", { name: w.back }).click();
  await expect(page).toHaveURL(/\/policies$/);
});

test("in English, and an unknown region says so", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "yb_locale", value: "en", url: baseURL! }]);
  await page.goto("/policies/CN-441800");
  await expect(page.getByRole("heading", { level: 1, name: "Qingyuan, Guangdong" })).toBeVisible();
  await expect(page.getByText(en.policySources.intro)).toBeVisible();
  await page.goto("/policies/XX-000000");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(en.policySources.notFound);
});

test("the entitlements screen links to the sources of its policy's figures", async ({ page }) => {
  await signIn(page, demoPerson("chen").phone);
  await page.goto("/entitlements");
  await page.getByRole("link", { name: zh.common.provenance.allSources }).first().click();
  await expect(page).toHaveURL(/\/policies\/CN-350400$/);
  await expect(page.getByRole("heading", { level: 1, name: "福建省三明市" })).toBeVisible();
});

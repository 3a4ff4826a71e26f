import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./test";
import { type Page } from "@playwright/test";
import { anything, dayShape, demoFiling, demoPerson, en, instantShape, matching, money, whole, zh } from "./fixtures";
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
  await signIn(page, demoPerson("chen").phone);
  const fundPaid = (m: typeof zh, end?: "end") => matching(m.entitlements.buckets.barText, { label: anything, used: money, cap: money, remaining: money }, end);
  const homeCard = page.getByRole("region", { name: zh.entitlements.home.heading });
  await expect(homeCard.getByRole("progressbar").first()).toHaveAttribute("aria-valuetext", fundPaid(zh));
  await expect(homeCard.getByText(matching(zh.entitlements.asOf, { time: instantShape("zh-CN") }, "both"))).toBeVisible();
  await expect(page.getByTestId("home-account-balance")).toHaveText(whole(money));

  await homeCard.getByRole("link", { name: zh.entitlements.home.more }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.entitlements.title })).toBeVisible();
  await expect(page.getByTestId("entitlements-as-of")).toHaveText(matching(zh.entitlements.asOf, { time: instantShape("zh-CN") }, "both"));
  // The answer first, in one sentence: what general outpatient care may still be paid this year.
  await expect(page.getByTestId("entitlements-headline")).toHaveText(matching(zh.entitlements.answer.remaining, { benefit: zh.entitlements.answer.benefits.general_outpatient, amount: money }, "both"));
  const outpatient = page.locator('[data-bucket="general_outpatient"]');
  await expect(outpatient.getByRole("progressbar", { name: zh.entitlements.buckets.used })).toHaveAttribute("aria-valuetext", fundPaid(zh));
  await expect(outpatient.locator("[data-provenance]")).toBeVisible();
  await expect(outpatient.getByRole("progressbar", { name: zh.entitlements.deductible.heading })).toHaveAttribute(
    "aria-valuetext",
    matching(zh.entitlements.deductible.barText, { paid: money, amount: money, remaining: money }),
  );
  const diabetes = page.locator('[data-disease="diabetes"]');
  await expect(diabetes).toContainText(zh.entitlements.chronic.endingSoon);
  await expect(diabetes).toContainText(matching(zh.entitlements.chronic.validTo, { date: dayShape("zh-CN") }));
  await expect(page.getByTestId("account-balance")).toHaveText(whole(money));
  await expect(page.getByRole("heading", { name: zh.entitlements.settlements.heading })).toBeVisible();
  await expect(page.getByTestId("settlements").or(page.getByTestId("settlements-empty"))).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, "entitlements-zh");

  await page.context().addCookies([{ name: "yb_locale", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: en.entitlements.title })).toBeVisible();
  await expect(page.getByTestId("entitlements-as-of")).toHaveText(matching(en.entitlements.asOf, { time: instantShape("en") }, "both"));
  await expect(outpatient.getByRole("progressbar", { name: en.entitlements.buckets.used })).toHaveAttribute("aria-valuetext", fundPaid(en, "end"));
  await expectNoViolations(page);
  await screenshot(page, "entitlements-en");
});

test("a settlement opens its full split and explanation; another person's id is not found", async ({ page }) => {
  await signIn(page, demoPerson("chen").phone);
  await page.goto("/entitlements");
  const list = page.getByTestId("settlements");
  await expect(list.getByRole("link").first()).toBeVisible();
  await list.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: zh.entitlements.detail.title })).toBeVisible();
  await expect(page.locator('[data-amount="medfee_sumamt"]')).toContainText(money);
  await expect(page.getByRole("heading", { name: zh.entitlements.detail.steps })).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, "settlement-zh");

  const response = await page.goto("/entitlements/settlements/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: zh.common.notFound })).toBeVisible();
});

test("someone without bills this year sees the empty state", async ({ page }) => {
  await signIn(page, demoPerson("liu").phone);
  await page.goto("/entitlements");
  await expect(page.getByTestId("settlements-empty")).toHaveText(zh.entitlements.settlements.empty);
  await expectNoViolations(page);
});

test("Wang's filing as a relocated retiree in Sanya is shown; a resident has no personal account", async ({ page }) => {
  const wang = demoPerson("wang");
  const filing = demoFiling(wang);
  await signIn(page, wang.phone);
  await page.goto("/entitlements");
  await expect(page.getByTestId("filing")).toContainText(filing.placeName);
  await expect(page.getByTestId("filing")).toContainText(zh.entitlements.filing.kinds[filing.kind]);
  await page.getByRole("button", { name: zh.common.signOut }).click();
  // Signed out only once the sign-in page shows; before that the old session still answers.
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, demoPerson("zhao").phone);
  await page.goto("/entitlements");
  await expect(page.getByText(zh.entitlements.account.none)).toBeVisible();
  // Joined with " · " by components/entitlement-supplementary.
  const supplementary = zh.entitlements.supplementary;
  await expect(page.getByRole("heading", { name: `${supplementary.assistance} · ${supplementary.groups.subsistence}` })).toBeVisible();
  await expectNoViolations(page);
});

test("without JavaScript the home, entitlements and clinic screens render whole", async ({ page, browser }) => {
  await signIn(page, demoPerson("chen").phone);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  for (const [path, heading, content] of [
    ["/", zh.home.title, zh.entitlements.home.heading],
    ["/entitlements", zh.entitlements.title, zh.entitlements.settlements.heading],
    ["/clinic", zh.clinic.title, zh.clinic.rule.heading],
  ] as const) {
    await plain.goto(path);
    // The server sends each screen complete: no placeholder waiting for a script to swap it.
    await expect(plain.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(plain.getByRole("heading", { name: content })).toBeVisible();
    expect(await plain.locator("[hidden] main, main[aria-busy=true]").count()).toBe(0);
  }
  await noScript.close();
});

import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./test";
import { type Page } from "@playwright/test";
import { dayShape, demoFacility, demoPerson, diseaseName, en, escapeRegExp, format, matching, zh } from "./fixtures";
import { signIn } from "./helpers";

const SHOTS = "test-results/screenshots";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function useEnglish(page: Page) {
  await page.context().addCookies([{ name: "yb_locale", value: "en", url: page.url() }]);
}

/** The "choose this one" link of a facility in the list: the word, then the name for screen readers. */
function chooseLink(name: string): RegExp {
  const search = zh.clinic.search;
  return new RegExp(`^${escapeRegExp(search.choose)}\\s?${escapeRegExp(format(search.chooseLabel, { name }))}$`);
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("Lin changes her clinic through the screen: confirm, success, history and home follow", async ({ page }) => {
  const from = demoFacility("sm-liedong").name;
  const to = demoFacility("sm-chengguan").name;
  await signIn(page, demoPerson("lin").phone);
  await page.getByRole("navigation", { name: zh.common.mainNav }).getByRole("link", { name: zh.common.nav.clinic }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh.clinic.title })).toBeVisible();
  const current = page.getByTestId("current-clinic");
  await expect(current).toContainText(from);
  await expect(page.getByTestId("clinic-change-window")).toHaveText(zh.clinic.rule.allowedNow);
  await expect(page.getByText(matching(zh.clinic.asOf, { time: dayShape("zh-CN") }, "start")).first()).toBeVisible();

  await page.getByRole("link", { name: chooseLink(to) }).click();
  const confirm = page.getByRole("region", { name: zh.clinic.confirm.heading });
  await expect(confirm).toContainText(format(zh.clinic.confirm.change, { from, to }));
  await expect(page.getByRole("heading", { name: zh.clinic.confirm.heading })).toBeFocused();
  await expectNoViolations(page);
  await confirm.getByRole("button", { name: zh.clinic.confirm.submit }).click();

  await expect(page.getByTestId("clinic-change-success")).toHaveText(format(zh.clinic.confirm.success, { name: to }));
  await expect(current).toContainText(to);
  const history = page.getByTestId("clinic-history").getByRole("listitem");
  await expect(history).toHaveCount(3);
  await expect(history.first()).toContainText(to);
  // Joined with " · " by components/clinic-history.
  await expect(history.first()).toContainText(`${zh.clinic.history.ongoing} · ${zh.clinic.history.sources.changed_by_person}`);

  await page.goto("/");
  await expect(page.getByTestId("home-clinic")).toContainText(to);
});

test("the search and filters work as a plain GET form without JavaScript", async ({ page, browser }) => {
  const taihe = demoFacility("qy-taihe");
  const shantang = demoFacility("qy-shantang");
  const query = "卫生院"; // typed by the person, not a text of the app: part of both township health centres' names
  await signIn(page, demoPerson("huang").phone);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto("/clinic");
  await plain.getByLabel(zh.clinic.search.label).fill(query);
  await plain.getByLabel(zh.clinic.search.district).selectOption(taihe.district);
  await plain.getByRole("button", { name: zh.clinic.search.submit }).click();
  await expect(plain).toHaveURL(new RegExp(`q=${escapeRegExp(encodeURIComponent(query))}`));
  await expect(plain.getByRole("status").filter({ hasText: matching(zh.clinic.search.count, { total: /\d+/ }) })).toHaveText(format(zh.clinic.search.count, { total: 2 }));
  await expect(plain.getByTestId("clinic-list").getByRole("heading")).toHaveText([taihe.name, shantang.name]);
  await noScript.close();
});

test("Huang sees his county alliance, when he may change next, and no way to change before then", async ({ page }) => {
  const huang = demoPerson("huang");
  const taihe = demoFacility("qy-taihe");
  const shantang = demoFacility("qy-shantang");
  const rule = zh.clinic.rule;
  await signIn(page, huang.phone);
  await page.goto("/clinic");
  await expect(page.getByTestId("current-clinic")).toContainText(taihe.name);
  await expect(page.getByTestId("alliance-members")).toContainText(shantang.name);
  await expect(page.getByTestId("alliance-members")).toContainText(demoFacility("qy-qingxin-hosp").name);
  await expect(page.getByTestId("clinic-change-window")).toContainText(matching(rule.nextAllowed, { date: /.*/ }));
  await expect(page.getByText(huang.region.clinicRuleSource!)).toHaveAttribute("lang", "zh-CN");
  // The 365 days are not in that document: the screen says the figure is a demo value.
  await expect(page.getByTestId("clinic-change-interval")).toHaveText(format(rule.interval.other, { days: huang.region.clinicChangeIntervalDays! }) + rule.intervalUnverified);
  await expect(page.getByRole("link", { name: new RegExp(`^${escapeRegExp(zh.clinic.search.choose)}`) })).toHaveCount(0);
  await expectNoViolations(page);
  await screenshot(page, "clinic-zh");

  await useEnglish(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: en.clinic.title })).toBeVisible();
  await expect(page.getByTestId("current-clinic")).toContainText(taihe.nameEn);
  // An English address keeps the Chinese in brackets (components/clinic-facility-details).
  await expect(page.getByTestId("current-clinic")).toContainText(`${taihe.addressEn} （${taihe.address}）`);
  await expect(page.getByTestId("current-clinic")).toContainText(taihe.hoursEn!);
  await expect(page.getByTestId("alliance-members")).toContainText(shantang.addressEn);
  await expect(page.getByText(matching(en.clinic.asOf, { time: dayShape("en") }, "start")).first()).toBeVisible();
  await expectNoViolations(page);
  await screenshot(page, "clinic-en");
});

test("Liu is reminded on home that she has no clinic, and chooses one", async ({ page }) => {
  const liu = demoPerson("liu");
  const taihe = demoFacility("qy-taihe");
  await signIn(page, liu.phone);
  const reminder = page.locator('[data-alert="clinic_required"]');
  await expect(reminder).toContainText(zh.alerts.clinicRequired.title);
  await expect(page.getByTestId("home-clinic-none")).toHaveText(zh.clinic.card.none);
  await expectNoViolations(page);
  await screenshot(page, "home-liu-zh");

  await reminder.getByRole("link", { name: zh.alerts.clinicRequired.action }).click();
  await expect(page.getByTestId("current-clinic-none")).toContainText(format(zh.clinic.current.noneRequired, { region: liu.region.name }));
  await page.getByRole("link", { name: chooseLink(taihe.name) }).click();
  await expect(page.getByText(matching(zh.clinic.confirm.lock, { date: /.+/ }))).toBeVisible();
  await page.getByRole("button", { name: zh.clinic.confirm.submitFirst }).click();
  await expect(page.getByTestId("clinic-change-success")).toBeVisible();
  await expect(page.getByTestId("current-clinic")).toContainText(taihe.name);
  await expect(page.getByTestId("clinic-change-window")).toContainText(matching(zh.clinic.rule.nextAllowed, { date: /.*/ }));

  await page.goto("/");
  await expect(page.locator('[data-alert="clinic_required"]')).toHaveCount(0);
  await expect(page.getByTestId("home-clinic")).toContainText(taihe.name);
});

test("home shows reminders and the clinic card in both languages without axe violations", async ({ page }) => {
  const chen = demoPerson("chen");
  await signIn(page, chen.phone);
  await expect(page.locator('[data-alert="chronic_ending"]')).toContainText(diseaseName(chen, "diabetes").zh);
  await expectNoViolations(page);
  await screenshot(page, "home-zh");
  await useEnglish(page);
  await page.reload();
  await expect(page.locator('[data-alert="chronic_ending"]')).toContainText(diseaseName(chen, "diabetes").en);
  await expect(page.getByText(matching(en.alerts.asOf, { time: /.*/ }, "start")).first()).toBeVisible();
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

  const huang = demoPerson("huang");
  const taihe = demoFacility("qy-taihe");
  await signIn(page, huang.phone);
  const response = await page.request.get("/api/v1/me/clinic?q=taihe");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  const body = await response.json();
  expect(body.current.facility.nameEn).toBe(taihe.nameEn);
  expect(body.region).toMatchObject({ code: huang.region.code, allianceAsOneUnit: true, changeIntervalDays: 365, changeIntervalUnverified: true });
  expect(body.eligible.items.map((c: { nameEn: string }) => c.nameEn)).toEqual([taihe.nameEn]);
  expect(JSON.stringify(body)).not.toContain(huang.name);
});

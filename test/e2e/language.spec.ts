import { writeFileSync, mkdirSync } from "node:fs";
import { expect, serverURL, test } from "./test";
import { type Browser, type Page } from "@playwright/test";
import { e2eTerminalKey } from "../../playwright.config";
import { collectTexts, languageProblems } from "../helpers/language-check";
import { catalogueItem, demoFacility, demoPerson, en, handTypedLineName, zh } from "./fixtures";
import { signIn } from "./helpers";
import { phoneShowingCode, readCodeFromScreen } from "./voucher-helpers";

/**
 * Language hygiene (issue #13.2): every patient, kiosk and terminal screen, in each of its states
 * worth reading (empty, filled, result, error), rendered by the production build in both
 * languages. A Chinese screen shows no English words, an English screen no Chinese characters,
 * except where an element says it holds the other language or an identifier
 * (test/helpers/language-check.ts has the rules and their own tests).
 */

type Locale = "zh-CN" | "en";
const LOCALES: readonly Locale[] = ["zh-CN", "en"];
const words = (locale: Locale) => (locale === "en" ? en : zh);

/** Screens × languages checked in this run, with what each caught: written for the record. */
const coverage: Array<{ screen: string; locale: Locale; problems: number }> = [];

test.afterAll(() => {
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/language-coverage.json", `${JSON.stringify(coverage, null, 2)}\n`);
});

async function useLocale(page: Page, locale: Locale): Promise<void> {
  await page.context().addCookies([{ name: "yb_locale", value: locale, url: new URL(page.url() === "about:blank" ? serverURL() : page.url()).origin }]);
}

/** Checks the screen as it is now, in `locale`; returns its problems, each named by screen and language. */
async function check(page: Page, screen: string, locale: Locale, options: { bilingualShell?: boolean } = {}): Promise<string[]> {
  const problems = languageProblems(await page.evaluate(collectTexts), locale, options);
  coverage.push({ screen, locale, problems: problems.length });
  return problems.map((problem) => `${screen} [${locale}] ${problem}`);
}

/** Brings the screen up in each language (`arrive` navigates and waits for the state) and checks it. */
async function inBothLanguages(page: Page, screen: string, arrive: (locale: Locale) => Promise<void>, options: { bilingualShell?: boolean } = {}): Promise<string[]> {
  const problems: string[] = [];
  for (const locale of LOCALES) {
    await useLocale(page, locale);
    await arrive(locale);
    problems.push(...(await check(page, screen, locale, options)));
  }
  return problems;
}

/** Opens a path and waits for its first heading. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("h1").first()).toBeAttached();
}

/** A hand-typed line on the Estimate form, by the fields' names (the same in both languages). */
async function enterOneLine(page: Page, amount: string): Promise<void> {
  await page.locator("input[name='lines.0.mode'][value=free]").check();
  await page.locator("input[name='lines.0.name']").fill(handTypedLineName);
  await page.locator("select[name='lines.0.class']").selectOption("A");
  await page.locator("input[name='lines.0.amount']").fill(amount);
}

async function submitEstimate(page: Page, locale: Locale): Promise<void> {
  await page.getByRole("button", { name: words(locale).estimate.form.submit, exact: true }).click();
}

test.use({ viewport: { width: 390, height: 844 } });

test("signed out: sign-in (both steps and a wrong code), offline, not found", async ({ page }) => {
  const chen = demoPerson("chen");
  const problems: string[] = [];
  problems.push(...(await inBothLanguages(page, "sign-in", (locale) => open(page, "/sign-in").then(() => expect(page.getByLabel(words(locale).signIn.phoneLabel)).toBeVisible()))));
  problems.push(...(await inBothLanguages(page, "sign-in code step, wrong code", async (locale) => {
    const m = words(locale).signIn;
    await open(page, "/sign-in");
    await page.getByLabel(m.phoneLabel).fill(chen.phone);
    await page.getByRole("button", { name: m.sendCode }).click();
    await expect(page.getByTestId("demo-code")).toBeVisible();
    await page.getByLabel(m.codeLabel, { exact: true }).fill("000000");
    await page.getByRole("button", { name: m.submit, exact: true }).click();
    // The refusal, however the form announces it (an alert or a status message).
    await expect(page.locator("main").locator("[role=alert], [role=status]").filter({ hasText: /\S/ }).first()).toBeVisible();
  })));
  problems.push(...(await inBothLanguages(page, "offline", () => open(page, "/offline"), { bilingualShell: true })));
  problems.push(...(await inBothLanguages(page, "not found", () => open(page, "/no-such-screen"))));
  problems.push(...(await inBothLanguages(page, "policy sources", () => open(page, "/policies"))));
  for (const region of ["CN-350400", "CN-441800", "CN-420100", "CN-321000", "CN-330200", "CN-620100", "CN"]) {
    problems.push(...(await inBothLanguages(page, `policy sources ${region}`, () => open(page, `/policies/${region}`))));
  }
  problems.push(...(await inBothLanguages(page, "shared estimate, expired link", () => open(page, "/shared/estimate/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))));
  expect(problems).toEqual([]);
});

test("patient screens: home, clinic, entitlements, a settlement, settings, family, the code", async ({ page }) => {
  const chen = demoPerson("chen");
  await signIn(page, chen.phone);
  const settlementId = ((await (await page.request.get("/api/v1/me/settlements")).json()) as { items: Array<{ id: string }> }).items[0]?.id;
  expect(settlementId, "the demo person has a settlement").toBeTruthy();
  const otherClinic = demoFacility("sm-2nd");
  const problems: string[] = [];
  for (const [screen, path] of [
    ["home", "/"],
    ["clinic", "/clinic"],
    ["clinic, nothing found", "/clinic?q=zzzz"],
    ["clinic, confirm a change", `/clinic?choose=${otherClinic.id}`],
    ["entitlements", "/entitlements"],
    ["settlement details", `/entitlements/settlements/${settlementId}`],
    ["settings", "/settings"],
    ["settings, devices", "/settings/devices"],
    ["settings, security", "/settings/security"],
    ["family", "/family"],
    ["family, access log", "/family/log"],
  ] as const) {
    problems.push(...(await inBothLanguages(page, screen, () => open(page, path))));
  }
  problems.push(...(await inBothLanguages(page, "code screen", async () => {
    await page.goto("/voucher");
    await expect(page.locator("main")).toBeVisible();
  }, { bilingualShell: true })));
  await page.context().addCookies([{ name: "yb_easy", value: "1", url: new URL(page.url()).origin }]);
  problems.push(...(await inBothLanguages(page, "home, easy mode", () => open(page, "/"))));
  expect(problems).toEqual([]);
});

test("other people's situations: no clinic chosen, a cross-region filing, medical assistance, a clinic alliance", async ({ page }) => {
  const problems: string[] = [];
  for (const [key, paths] of [
    ["liu", ["/", "/clinic"]],
    ["wang", ["/", "/entitlements"]],
    ["zhao", ["/", "/entitlements"]],
    ["huang", ["/clinic", "/entitlements"]],
  ] as const) {
    await page.context().clearCookies();
    await signIn(page, demoPerson(key).phone);
    for (const path of paths) problems.push(...(await inBothLanguages(page, `${key} ${path}`, () => open(page, path))));
  }
  expect(problems).toEqual([]);
});

test("estimate: form, an error, the result, saved, shared; acting for a child", async ({ page }) => {
  const problems: string[] = [];
  await signIn(page, demoPerson("chen").phone);
  problems.push(...(await inBothLanguages(page, "estimate form", () => open(page, "/estimate"))));
  problems.push(...(await inBothLanguages(page, "estimate, an error", async (locale) => {
    await open(page, "/estimate");
    await submitEstimate(page, locale);
    await expect(page.locator("form [role=alert]").first()).not.toBeEmpty();
  })));
  problems.push(...(await inBothLanguages(page, "estimate result", async (locale) => {
    await open(page, "/estimate");
    await enterOneLine(page, "62.00");
    await page.locator("input[name=useAccount]").check();
    await submitEstimate(page, locale);
    await expect(page.getByTestId("estimate-answer")).toBeVisible();
    await page.getByTestId("estimate-clerk-fields").locator("summary").click();
  })));
  // Saved, then shared: the share link is made once and read in both languages.
  await page.getByRole("button", { name: en.estimate.result.save }).click();
  await page.waitForURL(/\/estimate\/saved\//);
  const saved = page.url();
  problems.push(...(await inBothLanguages(page, "saved estimate", () => open(page, saved))));
  await page.getByRole("button", { name: en.estimate.result.share.create }).click();
  const link = await page.getByTestId("estimate-share-link").inputValue();
  problems.push(...(await check(page, "saved estimate, link made", "en")));
  problems.push(...(await inBothLanguages(page, "shared estimate", () => open(page, new URL(link).pathname))));

  // A father acting for his child: the child's name is Chinese on both pages.
  await page.context().clearCookies();
  await signIn(page, demoPerson("zhou-wei").phone);
  const child = demoPerson("zhou-yu");
  for (const path of ["/", "/entitlements", "/estimate"]) {
    problems.push(...(await inBothLanguages(page, `acting for a child ${path}`, () => open(page, `${path}?for=${child.personId}`))));
  }
  expect(problems).toEqual([]);
});

/** Signs in at the kiosk with the phone number and the demo code, in the page's language. */
async function kioskSignIn(page: Page, phone: string, locale: Locale): Promise<void> {
  const k = words(locale).kiosk;
  await open(page, "/kiosk");
  await page.getByLabel(k.phone.phone, { exact: true }).fill(phone);
  await page.getByRole("button", { name: k.phone.sendCode }).click();
  const code = (await page.getByTestId("demo-code").textContent())?.match(/\d{6}/)?.[0];
  await page.getByLabel(k.phone.code, { exact: true }).fill(code!);
  await page.getByRole("button", { name: k.phone.signIn }).click();
  await expect(page.getByRole("navigation", { name: k.navLabel })).toBeVisible();
}

test.describe("kiosk", () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  test("kiosk screens, signed out and in, with an estimate and the idle countdown", async ({ page }) => {
    const problems: string[] = [];
    problems.push(...(await inBothLanguages(page, "kiosk sign-in", () => open(page, "/kiosk"))));
    problems.push(...(await inBothLanguages(page, "kiosk signed out", () => open(page, "/kiosk?signedOut=1"))));
    for (const locale of LOCALES) {
      await useLocale(page, locale);
      await kioskSignIn(page, demoPerson("chen").phone, locale);
      for (const path of ["/kiosk", "/kiosk/entitlements", "/kiosk/clinic", "/kiosk/estimate"]) {
        await open(page, path);
        problems.push(...(await check(page, `kiosk ${path}`, locale)));
      }
      await enterOneLine(page, "120.00");
      await submitEstimate(page, locale);
      await expect(page.getByTestId("estimate-answer")).toBeVisible();
      problems.push(...(await check(page, "kiosk estimate result", locale)));
      await open(page, "/kiosk?idle=1&countdown=60");
      await expect(page.getByTestId("kiosk-countdown")).toBeVisible();
      problems.push(...(await check(page, "kiosk idle countdown", locale)));
      await page.getByRole("button", { name: words(locale).kiosk.signOutNow }).click();
      await page.waitForURL(/signedOut=1/);
    }
    expect(problems).toEqual([]);
  });
});

/** The terminal with a verified person and a settled bill, in `locale`: the scan uses a fresh code from the person's phone. */
async function terminalThroughReceipt(page: Page, browser: Browser, locale: Locale): Promise<string[]> {
  const problems: string[] = [];
  const t = words(locale).terminal;
  const s = words(locale).terminalSettle;
  const phone = await phoneShowingCode(browser, demoPerson(locale === "en" ? "lin" : "chen").phone);
  const code = await readCodeFromScreen(phone.page);
  await phone.close();
  await useLocale(page, locale);
  await open(page, "/terminal");
  problems.push(...(await check(page, "terminal", locale)));
  await page.getByLabel(t.scanLabel).fill(code);
  await page.getByLabel(t.scanLabel).press("Enter");
  await expect(page.getByTestId("verified-person")).toBeVisible();
  problems.push(...(await check(page, "terminal, person verified", locale)));
  const amoxicillin = catalogueItem("XJ01CAA103B001010100000");
  await page.getByRole("button", { name: s.addLine }).click();
  await page.getByLabel(s.lineName).fill(locale === "en" ? amoxicillin.nameEn : amoxicillin.name);
  await page.getByLabel(s.lineUnitPrice).fill("23.40");
  await page.getByRole("button", { name: s.settle, exact: true }).click();
  await expect(page.getByRole("button", { name: s.print })).toBeVisible();
  problems.push(...(await check(page, "terminal, receipt", locale)));
  return problems;
}

test.describe("terminal", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("terminal screens: sign-in, a verified person, a receipt", async ({ page, browser }) => {
    const problems: string[] = [];
    problems.push(...(await inBothLanguages(page, "terminal sign-in", () => open(page, "/terminal"))));
    await open(page, "/terminal");
    await page.locator("input[type=password], input[name=key]").first().fill(e2eTerminalKey);
    await page.locator("input[type=password], input[name=key]").first().press("Enter");
    await expect(page.getByTestId("terminal-name")).toBeVisible();
    for (const locale of LOCALES) problems.push(...(await terminalThroughReceipt(page, browser, locale)));
    expect(problems).toEqual([]);
  });
});

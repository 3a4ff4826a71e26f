import AxeBuilder from "@axe-core/playwright";
import { expect, serverURL, test } from "./test";
import { type Page } from "@playwright/test";
import { browserFilming, readableFrame } from "./fake-camera";
import { demoPerson, handTypedLineName, matching, zh } from "./fixtures";
import { phoneShowingCode, readCodeFromScreen } from "./voucher-helpers";

const kiosk = zh.kiosk;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function kioskSignIn(page: Page, phone: string) {
  await page.goto("/kiosk");
  await page.getByLabel(kiosk.phone.phone, { exact: true }).fill(phone);
  await page.getByRole("button", { name: kiosk.phone.sendCode }).click();
  const demo = page.getByTestId("demo-code");
  await expect(demo).toContainText(/\d{6}/);
  const code = (await demo.textContent())?.match(/\d{6}/)?.[0];
  await page.getByLabel(kiosk.phone.code, { exact: true }).fill(code!);
  await page.getByRole("button", { name: kiosk.phone.signIn }).click();
  await expect(page.getByRole("heading", { level: 1, name: kiosk.sections.coverage })).toBeVisible();
}

/** Every storage the page can reach, as text: cookies, local and session storage, IndexedDB and caches. */
async function everyStorage(page: Page): Promise<{ cookies: string[]; local: number; session: number; databases: string[]; caches: string }> {
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`);
  const browserSide = await page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((d) => d.name ?? "");
    let cached = "";
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached += `${name} ${request.url}\n${response ? await response.text() : ""}\n`;
      }
    }
    return { local: localStorage.length, session: sessionStorage.length, databases, caches: cached };
  });
  return { cookies, ...browserSide };
}

test("kiosk sign-in screen is large, accessible and offers both ways in", async ({ page }) => {
  await page.goto("/kiosk");
  await expect(page.getByRole("heading", { name: kiosk.welcome })).toBeVisible();
  const send = page.getByRole("button", { name: kiosk.phone.sendCode });
  expect((await send.boundingBox())!.height).toBeGreaterThanOrEqual(60);
  await expectNoViolations(page);
});

test("after idle time a visible countdown signs out and nothing personal is left in any storage", async ({ page }) => {
  const chen = demoPerson("chen");
  await kioskSignIn(page, chen.phone);
  // What a signed-in page might leave behind, in every kind of storage.
  await page.evaluate(async ({ maskedName, phone }) => {
    localStorage.setItem("last-person", `${maskedName} ${phone}`);
    sessionStorage.setItem("draft", maskedName);
    await new Promise<void>((resolve) => {
      const open = indexedDB.open("kiosk-test-store", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("s");
      open.onsuccess = () => {
        const tx = open.result.transaction("s", "readwrite");
        tx.objectStore("s").put(maskedName, "name");
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
    });
    const cache = await caches.open("kiosk-test-cache");
    await cache.put("/kiosk-test", new Response(maskedName));
  }, { maskedName: chen.maskedName, phone: chen.phone });
  await expectNoViolations(page);

  // Short timings for the test (honoured in demo mode only): 2 s idle, 3 s countdown.
  await page.goto("/kiosk?idle=2&countdown=3");
  const countdown = page.getByTestId("kiosk-countdown");
  await expect(countdown).toBeVisible({ timeout: 5_000 });
  await expect(countdown).toContainText(matching(kiosk.idle.countdown, { seconds: /\d+/ }));
  await expectNoViolations(page);
  await page.waitForURL(/\/kiosk\?signedOut=1/, { timeout: 10_000 });
  await expect(page.getByText(kiosk.signedOut)).toBeVisible();

  const left = await everyStorage(page);
  expect(left.cookies.filter((c) => c.startsWith("yb_session"))).toEqual([]);
  expect(left.local).toBe(0);
  expect(left.session).toBe(0);
  expect(left.databases).toEqual([]);
  // Not even the surname, the first character of the name.
  expect(left.caches).not.toContain(chen.name.slice(0, 1));
  expect(left.caches).not.toContain(chen.phone);
  // Signed out on the server too: the data is gone for this browser.
  expect((await page.request.get("/api/v1/me/entitlements")).status()).toBe(401);
});

test("touching the screen during the countdown keeps the session", async ({ page }) => {
  await kioskSignIn(page, demoPerson("lin").phone);
  await page.goto("/kiosk?idle=1&countdown=30");
  await expect(page.getByTestId("kiosk-countdown")).toBeVisible({ timeout: 5_000 });
  await page.getByRole("button", { name: kiosk.idle.stay }).click();
  await expect(page.getByTestId("kiosk-countdown")).toBeHidden();
  await expect(page.getByRole("button", { name: kiosk.print })).toBeVisible();
});

test("at the kiosk an estimate runs under the idle guard and prints; nothing is saved", async ({ page }) => {
  const form = zh.estimate.form;
  await kioskSignIn(page, demoPerson("chen").phone);
  await page.getByRole("navigation", { name: kiosk.navLabel }).getByRole("link", { name: kiosk.sections.estimate }).click();
  await expect(page.getByRole("heading", { level: 1, name: kiosk.sections.estimate })).toBeVisible();
  await page.getByLabel(form.accumulatorsWhatIf).check();
  await page.getByLabel(form.lineModes.free).check();
  await page.getByLabel(form.name, { exact: true }).fill(handTypedLineName);
  await page.getByLabel(form.class).selectOption("A");
  await page.getByLabel(form.amount).fill("120.00");
  await page.getByRole("button", { name: form.submit, exact: true }).click();
  await expect(page.getByTestId("estimate-answer")).toBeVisible();
  await expect(page.getByTestId("estimate-lines-total")).toHaveText("¥120.00");
  await expect(page.getByRole("button", { name: zh.estimate.result.print })).toBeVisible();
  await expect(page.getByRole("button", { name: zh.estimate.result.save })).toHaveCount(0);
  await expectNoViolations(page);
  await page.getByRole("navigation", { name: kiosk.navLabel }).getByRole("link", { name: kiosk.sections.coverage }).click();
  await expect(page.getByRole("heading", { level: 1, name: kiosk.sections.coverage })).toBeVisible();
});

test("signing in by scanning one's own code from the phone; the same code cannot sign in again", async ({ page, browser }) => {
  // The person's phone, in its own browser, showing the code.
  const wang = demoPerson("wang");
  const phone = await phoneShowingCode(browser, wang.phone);
  const code = await readCodeFromScreen(phone.page);

  // This browser becomes the demo kiosk (a registered terminal), then its scanner types the code.
  await page.goto("/kiosk");
  await page.getByRole("button", { name: kiosk.enrol.demo }).click();
  const scan = page.getByLabel(kiosk.scan.label);
  await scan.fill(code);
  await scan.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: kiosk.sections.coverage })).toBeVisible();
  await expect(page.locator("main")).toContainText(wang.maskedName);
  await expectNoViolations(page);

  await page.getByRole("button", { name: kiosk.signOut, exact: true }).click();
  await expect(page.getByText(kiosk.signedOut)).toBeVisible();
  // A photo of the code is worth nothing: it was spent by the first scan.
  await page.getByLabel(kiosk.scan.label).fill(code);
  await page.getByRole("button", { name: kiosk.scan.submit }).click();
  // The refusal's words come from lib/kiosk/sign-in (kiosk.errors.codeInvalid in the catalogue is a copy the screen does not read).
  await expect(page.locator("main").getByRole("alert")).toContainText("医保码无效或已过期"); // built by lib/kiosk/sign-in, not in the catalogue yet
  await phone.close();
});

test("the kiosk's camera reads the code on a phone held up to it, glare and all, and signs the person in", async ({ browser }) => {
  const grandfather = demoPerson("zhou-gh");
  const phone = await phoneShowingCode(browser, grandfather.phone);
  const code = await readCodeFromScreen(phone.page);
  await phone.close();

  const machine = await browserFilming(await readableFrame(code, "glare"));
  try {
    const context = await machine.newContext({ baseURL: serverURL(), permissions: ["camera"], viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await page.goto("/kiosk");
    await page.getByRole("button", { name: kiosk.enrol.demo }).click();
    await page.getByRole("button", { name: kiosk.scan.camera }).click();
    await expect(page.getByRole("heading", { level: 1, name: kiosk.sections.coverage })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator("main")).toContainText(grandfather.maskedName);
  } finally {
    await machine.close();
  }
});

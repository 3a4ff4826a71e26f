import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { browserFilming, readableFrame } from "./fake-camera";
import { phoneShowingCode, readCodeFromScreen } from "./voucher-helpers";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function kioskSignIn(page: Page, phone: string) {
  await page.goto("/kiosk");
  await page.getByLabel("手机号", { exact: true }).fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  const code = (await page.getByTestId("demo-code").textContent())?.match(/\d{6}/)?.[0];
  await page.getByLabel("验证码", { exact: true }).fill(code!);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { name: "我的医保待遇" })).toBeVisible();
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
  await expect(page.getByRole("heading", { name: "欢迎使用医保自助服务机" })).toBeVisible();
  const send = page.getByRole("button", { name: "获取验证码" });
  expect((await send.boundingBox())!.height).toBeGreaterThanOrEqual(60);
  await expectNoViolations(page);
});

test("after idle time a visible countdown signs out and nothing personal is left in any storage", async ({ page }) => {
  await kioskSignIn(page, "13800000001");
  // What a signed-in page might leave behind, in every kind of storage.
  await page.evaluate(async () => {
    localStorage.setItem("last-person", "陈*国 13800000001");
    sessionStorage.setItem("draft", "陈*国");
    await new Promise<void>((resolve) => {
      const open = indexedDB.open("kiosk-test-store", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("s");
      open.onsuccess = () => {
        const tx = open.result.transaction("s", "readwrite");
        tx.objectStore("s").put("陈*国", "name");
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
    });
    const cache = await caches.open("kiosk-test-cache");
    await cache.put("/kiosk-test", new Response("陈*国"));
  });
  await expectNoViolations(page);

  // Short timings for the test (honoured in demo mode only): 2 s idle, 3 s countdown.
  await page.goto("/kiosk?idle=2&countdown=3");
  const countdown = page.getByTestId("kiosk-countdown");
  await expect(countdown).toBeVisible({ timeout: 5_000 });
  await expect(countdown).toContainText("秒后自动退出");
  await expectNoViolations(page);
  await page.waitForURL(/\/kiosk\?signedOut=1/, { timeout: 10_000 });
  await expect(page.getByText("已退出。这台机器上没有留下你的任何信息。")).toBeVisible();

  const left = await everyStorage(page);
  expect(left.cookies.filter((c) => c.startsWith("yb_session"))).toEqual([]);
  expect(left.local).toBe(0);
  expect(left.session).toBe(0);
  expect(left.databases).toEqual([]);
  expect(left.caches).not.toContain("陈");
  expect(left.caches).not.toContain("13800000001");
  // Signed out on the server too: the data is gone for this browser.
  expect((await page.request.get("/api/v1/me/entitlements")).status()).toBe(401);
});

test("touching the screen during the countdown keeps the session", async ({ page }) => {
  await kioskSignIn(page, "13800000002");
  await page.goto("/kiosk?idle=1&countdown=30");
  await expect(page.getByTestId("kiosk-countdown")).toBeVisible({ timeout: 5_000 });
  await page.getByRole("button", { name: "继续使用" }).click();
  await expect(page.getByTestId("kiosk-countdown")).toBeHidden();
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
});

test("at the kiosk an estimate runs under the idle guard and prints; nothing is saved", async ({ page }) => {
  await kioskSignIn(page, "13800000001");
  await page.getByRole("link", { name: "费用试算" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "费用试算" })).toBeVisible();
  await page.getByLabel("假设的数值").check();
  await page.getByLabel("自由填写").check();
  await page.getByLabel("名称", { exact: true }).fill("门诊费用（甲类）");
  await page.getByLabel("医保类别").selectOption("A");
  await page.getByLabel("金额（元）").fill("120.00");
  await page.getByRole("button", { name: "估算", exact: true }).click();
  await expect(page.getByTestId("field-medfee_sumamt")).toHaveText("120.00");
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await expect(page.getByRole("button", { name: "保存并获取分享链接" })).toHaveCount(0);
  await expectNoViolations(page);
  await page.getByRole("link", { name: "返回我的待遇" }).click();
  await expect(page.getByRole("heading", { name: "我的医保待遇" })).toBeVisible();
});

test("signing in by scanning one's own code from the phone; the same code cannot sign in again", async ({ page, browser }) => {
  // The person's phone, in its own browser, showing the code.
  const phone = await phoneShowingCode(browser, "13800000005");
  const code = await readCodeFromScreen(phone.page);

  // This browser becomes the demo kiosk (a registered terminal), then its scanner types the code.
  await page.goto("/kiosk");
  await page.getByRole("button", { name: "登记为演示自助机" }).click();
  const scan = page.getByLabel("医保码内容");
  await scan.fill(code);
  await scan.press("Enter");
  await expect(page.getByRole("heading", { name: "我的医保待遇" })).toBeVisible();
  await expect(page.locator("main")).toContainText("王*明");
  await expectNoViolations(page);

  await page.getByRole("button", { name: "退出", exact: true }).click();
  await expect(page.getByText("已退出。这台机器上没有留下你的任何信息。")).toBeVisible();
  // A photo of the code is worth nothing: it was spent by the first scan.
  await page.getByLabel("医保码内容").fill(code);
  await page.getByRole("button", { name: "用医保码登录" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("医保码无效或已过期");
  await phone.close();
});

test("the kiosk's camera reads the code on a phone held up to it, glare and all, and signs the person in", async ({ browser }) => {
  const phone = await phoneShowingCode(browser, "13800000008");
  const code = await readCodeFromScreen(phone.page);
  await phone.close();

  const kiosk = await browserFilming(await readableFrame(code, "glare"));
  try {
    const context = await kiosk.newContext({ baseURL: test.info().project.use.baseURL, permissions: ["camera"], viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await page.goto("/kiosk");
    await page.getByRole("button", { name: "登记为演示自助机" }).click();
    await page.getByRole("button", { name: "用摄像头扫码" }).click();
    await expect(page.getByRole("heading", { name: "我的医保待遇" })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator("main")).toContainText("周*华");
  } finally {
    await kiosk.close();
  }
});

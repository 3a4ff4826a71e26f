import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eTerminalKey } from "../../playwright.config";
import { browserFilming, readableFrame } from "./fake-camera";
import { signIn } from "./helpers";
import { phoneShowingCode, readCodeFromScreen } from "./voucher-helpers";

async function signInTerminal(page: Page, key = e2eTerminalKey) {
  await page.goto("/terminal");
  await page.getByLabel("终端密钥").fill(key);
  await page.getByRole("button", { name: "登录终端" }).click();
}

test("a wrong terminal key is refused; the right one opens the terminal, kept in an httpOnly cookie and never in the URL", async ({ page, context }) => {
  await signInTerminal(page, "ybt_not_the_right_key_000000000000");
  await expect(page.locator("main").getByRole("alert")).toContainText("终端密钥无效");
  await page.getByLabel("终端密钥").fill(e2eTerminalKey);
  await page.getByRole("button", { name: "登录终端" }).click();
  await expect(page.getByRole("heading", { name: "柜台终端" })).toBeVisible();
  await expect(page.getByTestId("terminal-name")).toContainText("演示药店收银台 1 号");
  expect(page.url()).not.toContain(e2eTerminalKey);
  const cookie = (await context.cookies()).find((c) => c.name === "yb_terminal");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/terminal" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("ybt_");
  await expect(page.getByLabel("扫码枪输入")).toBeFocused();

  await page.getByRole("button", { name: "退出终端" }).click();
  await expect(page.getByRole("heading", { name: "终端登录" })).toBeVisible();
});

test("a USB scanner types the code and Enter: the person is shown masked; the same code again is refused", async ({ page, browser }) => {
  const phone = await phoneShowingCode(browser, "13800000008");
  const code = await readCodeFromScreen(phone.page);
  await signInTerminal(page);
  const scan = page.getByLabel("扫码枪输入");
  // A keyboard wedge types the code into the focused field, then Enter.
  await expect(scan).toBeFocused();
  await page.keyboard.insertText(code);
  await page.keyboard.press("Enter");
  const card = page.getByTestId("verified-person");
  await expect(card.getByTestId("verified-name")).toHaveText("周*华");
  await expect(card).toContainText("职工医保（退休）");
  await expect(card).toContainText("扬州市");
  await expect(card).toContainText("高血压");
  await expect(page.getByRole("status").filter({ hasText: "已核验" })).toHaveText("已核验：周*华");
  await expect(scan).toBeFocused();
  await expect(page.locator("body")).not.toContainText("周国华");

  await scan.fill(code);
  await scan.press("Enter");
  await expect(page.getByTestId("verify-error")).toHaveAttribute("data-code", "code_already_used");
  await expect(page.locator("main").getByRole("alert")).toContainText("已经使用过");
  await phone.close();
});

test("after a scan the counter enters the bill, settles, prints the receipt and can reverse it once", async ({ page, browser }) => {
  const phone = await phoneShowingCode(browser, "13800000001");
  const code = await readCodeFromScreen(phone.page);
  await signInTerminal(page);
  await expect(page.getByLabel("扫码枪输入")).toBeFocused();
  await page.keyboard.insertText(code);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("verified-name")).toHaveText("陈*国");

  await page.getByRole("button", { name: "手工添加一行" }).click();
  await page.getByLabel("项目名称").fill("阿莫西林胶囊");
  await page.getByLabel("金额（元）").fill("23.456");
  await page.getByRole("button", { name: "结算", exact: true }).click();
  await expect(page.getByText("第 1 行金额不正确：最多两位小数。")).toBeVisible();
  await page.getByLabel("金额（元）").fill("23.40");
  await expect(page.getByText("合计：23.40 元")).toBeVisible();
  await page.getByRole("button", { name: "结算", exact: true }).click();

  const receipt = page.getByTestId("receipt");
  await expect(receipt).toContainText("陈*国");
  await expect(receipt.locator('[data-field="medfee_sumamt"]')).toHaveText("23.40");
  const fund = Number(await receipt.locator('[data-field="fund_pay_sumamt"]').textContent());
  const person = Number(await receipt.locator('[data-field="psn_part_amt"]').textContent());
  expect(Math.round((fund + person) * 100)).toBe(2340);
  await expect(page.getByRole("button", { name: "打印结算单" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByLabel("冲正原因").fill("录入错误");
  await page.getByRole("button", { name: "冲正", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已冲正" })).toBeVisible();
  await expect(page.getByRole("button", { name: "冲正", exact: true })).toHaveCount(0);
  await phone.close();
});

test("the camera reads a tilted phone screen through the WebAssembly decoder in a worker, served by the app, and verifies the code", async ({ browser }) => {
  const phone = await phoneShowingCode(browser, "13800000003");
  const code = await readCodeFromScreen(phone.page);
  await phone.close();

  // A phone held at an angle, as jsQR could not read it (npm run bench -- decoder).
  const counter = await browserFilming(await readableFrame(code, "tilted"));
  try {
    const context = await counter.newContext({ baseURL: test.info().project.use.baseURL, permissions: ["camera"] });
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await signInTerminal(page);
    const wasm = page.waitForResponse((response) => response.url().endsWith("/scanner/zxing_reader.wasm"));
    await page.getByRole("button", { name: "用摄像头扫码" }).click();
    expect((await wasm).headers()["content-type"]).toBe("application/wasm");
    await expect(page.getByTestId("verified-name")).toHaveText("黄*强", { timeout: 20_000 });
    await expect(page.getByTestId("verified-person")).toContainText("城乡居民医保");
    // The camera is switched off once a code is read.
    await expect(page.getByRole("button", { name: "用摄像头扫码" })).toBeVisible();
    // Decoded in a worker; nothing was fetched from anywhere but the app (no CDN).
    expect(workers.some((url) => url.startsWith(test.info().project.use.baseURL!))).toBe(true);
    expect([...origins]).toEqual([new URL(test.info().project.use.baseURL!).origin]);
  } finally {
    await counter.close();
  }
});

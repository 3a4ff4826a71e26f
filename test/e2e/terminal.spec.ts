import AxeBuilder from "@axe-core/playwright";
import { expect, serverURL, test } from "./test";
import { errorText } from "@/lib/i18n";
import { ISSUE_MESSAGES } from "@/lib/reimbursement";
import { DEMO_TERMINAL } from "@/lib/seed/terminal";
import { e2eTerminalKey } from "../../playwright.config";
import { browserFilming, readableFrame } from "./fake-camera";
import { catalogueItem, demoPerson, diseaseName, format, matching, zh } from "./fixtures";
import { TILL, signInTerminal } from "./terminal-helpers";
import { phoneShowingCode, readCodeFromScreen } from "./voucher-helpers";

// The counter's screen is a desktop till (1280×800), not a phone.
test.use(TILL);

const terminal = zh.terminal;
const settle = zh.terminalSettle;


test("a wrong terminal key is refused; the right one opens the terminal, kept in an httpOnly cookie and never in the URL", async ({ page, context }) => {
  await signInTerminal(page, "ybt_not_the_right_key_000000000000");
  await expect(page.locator("main").getByRole("alert")).toContainText("终端密钥无效"); // built by lib/auth/terminal-key, not in the catalogue yet
  await page.getByLabel(terminal.keyLabel).fill(e2eTerminalKey);
  await page.getByRole("button", { name: terminal.signIn }).click();
  await expect(page.getByRole("heading", { name: terminal.title })).toBeVisible();
  await expect(page.getByTestId("terminal-name")).toContainText(DEMO_TERMINAL.name);
  expect(page.url()).not.toContain(e2eTerminalKey);
  const cookie = (await context.cookies()).find((c) => c.name === "yb_terminal");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/terminal" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("ybt_");
  await expect(page.getByLabel(terminal.scanLabel)).toBeFocused();

  await page.getByRole("button", { name: terminal.signOut }).click();
  await expect(page.getByRole("heading", { name: terminal.signInTitle })).toBeVisible();
});

test("a USB scanner types the code and Enter: the person is shown masked; the same code again is refused", async ({ page, browser }) => {
  const grandfather = demoPerson("zhou-gh");
  const phone = await phoneShowingCode(browser, grandfather.phone);
  const code = await readCodeFromScreen(phone.page);
  await signInTerminal(page);
  const scan = page.getByLabel(terminal.scanLabel);
  // A keyboard wedge types the code into the focused field, then Enter.
  await expect(scan).toBeFocused();
  await page.keyboard.insertText(code);
  await page.keyboard.press("Enter");
  const card = page.getByTestId("verified-person");
  await expect(card.getByTestId("verified-name")).toHaveText(grandfather.maskedName);
  await expect(card).toContainText(terminal.insuranceType.employee_retired);
  await expect(card).toContainText(grandfather.region.name);
  await expect(card).toContainText(diseaseName(grandfather, "hypertension").zh);
  await expect(page.getByRole("status").filter({ hasText: matching(terminal.verifiedAnnounce, { name: /.*/ }) })).toHaveText(
    format(terminal.verifiedAnnounce, { name: grandfather.maskedName }),
  );
  await expect(scan).toBeFocused();
  await expect(page.locator("body")).not.toContainText(grandfather.name);

  await scan.fill(code);
  await scan.press("Enter");
  await expect(page.getByTestId("verify-error")).toHaveAttribute("data-code", "code_already_used");
  await expect(page.getByTestId("verify-error")).toHaveText(format(terminal.refusedAnnounce, { message: errorText({ code: "code_already_used", params: {} }, "zh-CN") }));
  // A refused scan leaves the person and the bill that were on screen.
  await expect(card.getByTestId("verified-name")).toHaveText(grandfather.maskedName);
  await phone.close();
});

test("after a scan the counter enters the bill, settles, prints the receipt and can reverse it once", async ({ page, browser }) => {
  const chen = demoPerson("chen");
  const amoxicillin = catalogueItem("XJ01CAA103B001010100000");
  const phone = await phoneShowingCode(browser, chen.phone);
  const code = await readCodeFromScreen(phone.page);
  await signInTerminal(page);
  await expect(page.getByLabel(terminal.scanLabel)).toBeFocused();
  await page.keyboard.insertText(code);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("verified-name")).toHaveText(chen.maskedName);

  await page.getByRole("button", { name: settle.addLine }).click();
  await page.getByLabel(settle.lineName).fill(amoxicillin.name);
  await page.getByLabel(settle.lineUnitPrice).fill("23.456");
  await page.getByRole("button", { name: settle.settle, exact: true }).click();
  await expect(page.getByText(format(settle.lineProblem, { n: 1, field: settle.fieldNames.unitPrice, problem: ISSUE_MESSAGES.amount_decimals.zh }))).toBeVisible();
  await page.getByLabel(settle.lineUnitPrice).fill("23.40");
  await expect(page.getByTestId("bill-total")).toHaveText(format(settle.total, { amount: "23.40" }));
  await page.getByRole("button", { name: settle.settle, exact: true }).click();

  const receipt = page.getByTestId("receipt-paper");
  await expect(receipt).toContainText(chen.maskedName);
  await expect(receipt.locator('[data-field="medfee_sumamt"]')).toHaveText("¥23.40");
  const yuan = async (field: string) => Number((await receipt.locator(`[data-field="${field}"]`).textContent())!.replace(/[¥,]/g, ""));
  expect(Math.round(((await yuan("fund_pay_sumamt")) + (await yuan("psn_part_amt"))) * 100)).toBe(2340);
  await expect(page.getByRole("button", { name: settle.print })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByLabel(settle.reason).fill("录入错误"); // the cashier's own words ("entered wrongly"), not a text of the app
  await page.getByRole("button", { name: settle.reverse, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: settle.reversed })).toBeVisible();
  await expect(page.getByRole("button", { name: settle.reverse, exact: true })).toHaveCount(0);
  await phone.close();
});

test("the camera reads a tilted phone screen through the WebAssembly decoder in a worker, served by the app, and verifies the code", async ({ browser }) => {
  const huang = demoPerson("huang");
  const phone = await phoneShowingCode(browser, huang.phone);
  const code = await readCodeFromScreen(phone.page);
  await phone.close();

  // A phone held at an angle, as jsQR could not read it (npm run bench -- decoder).
  const counter = await browserFilming(await readableFrame(code, "tilted"));
  try {
    const context = await counter.newContext({ baseURL: serverURL(), permissions: ["camera"] });
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await signInTerminal(page);
    const wasm = page.waitForResponse((response) => response.url().endsWith("/scanner/zxing_reader.wasm"));
    await page.getByRole("button", { name: terminal.camera }).click();
    expect((await wasm).headers()["content-type"]).toBe("application/wasm");
    await expect(page.getByTestId("verified-name")).toHaveText(huang.maskedName, { timeout: 20_000 });
    await expect(page.getByTestId("verified-person")).toContainText(terminal.insuranceType.resident);
    // The camera is switched off once a code is read.
    await expect(page.getByRole("button", { name: terminal.camera })).toBeVisible();
    // Decoded in a worker; nothing was fetched from anywhere but the app (no CDN).
    expect(workers.some((url) => url.startsWith(serverURL()))).toBe(true);
    expect([...origins]).toEqual([new URL(serverURL()).origin]);
  } finally {
    await counter.close();
  }
});

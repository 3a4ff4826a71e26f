/**
 * Never lose a bill: when the server cannot be reached, the counter keeps the bill and the scan,
 * says so plainly, and sends the same bill under the same key again when the network is back —
 * so a bill whose answer was lost is found settled, not charged twice.
 */
import { expect, test } from "./test";
import { type Page } from "@playwright/test";
import { demoPerson, format, handTypedLineName, zh } from "./fixtures";
import { TILL, scanPersonAtTill, signInTerminal } from "./terminal-helpers";

test.use(TILL);

const settle = zh.terminalSettle;

async function enterBill(page: Page) {
  await page.getByRole("button", { name: settle.addLine }).click();
  await page.getByLabel(settle.lineName).fill(handTypedLineName);
  await page.getByLabel(settle.lineQuantity).fill("2");
  await page.getByLabel(settle.lineUnitPrice).fill("15");
  await expect(page.getByTestId("bill-total")).toHaveText(format(settle.total, { amount: "30.00" }));
}

test("with the network cut, the bill and the scan stay on screen with a plain message, and the bill settles by itself when the network is back", async ({ page, browser, context }) => {
  await signInTerminal(page);
  await scanPersonAtTill(page, browser, "lin");
  await enterBill(page);

  await context.setOffline(true);
  await page.getByRole("button", { name: settle.settle, exact: true }).click();
  const kept = page.getByTestId("bill-kept");
  await expect(kept).toContainText(settle.offline);
  await page.screenshot({ path: test.info().outputPath("till-offline.png") });
  // Nothing is lost and nothing can be changed while the bill's fate is unknown.
  await expect(page.getByTestId("verified-person")).toBeVisible();
  await expect(page.getByLabel(settle.lineName)).toHaveValue(handTypedLineName);
  await expect(page.getByLabel(settle.lineUnitPrice)).toBeDisabled();
  await expect(page.getByRole("button", { name: settle.retryNow })).toBeVisible();

  await context.setOffline(false);
  const paper = page.getByTestId("receipt-paper");
  await expect(paper).toBeVisible();
  await expect(paper.locator('[data-field="medfee_sumamt"]')).toHaveText("¥30.00");
  // The first sending never reached the server: this is the bill's one and only settlement.
  await expect(page.getByTestId("replayed")).toHaveCount(0);
});

test("when the answer is lost after the server settled, the automatic resend is answered with that settlement: 已结算（重复提交未重复扣费）", async ({ page, browser }) => {
  await signInTerminal(page);
  await scanPersonAtTill(page, browser, "chen");
  await enterBill(page);

  let lost = 0;
  await page.route("**/terminal", async (route) => {
    const request = route.request();
    const isSettlement = request.method() === "POST" && request.headers()["next-action"] !== undefined && (request.postData() ?? "").includes("settlementToken");
    if (isSettlement && lost === 0) {
      lost += 1;
      // The request reaches the server, which settles the bill; its answer never comes back.
      await route.fetch();
      await route.abort("internetdisconnected");
      return;
    }
    await route.continue();
  });
  await page.getByRole("button", { name: settle.settle, exact: true }).click();
  await expect(page.getByTestId("bill-kept")).toContainText(settle.offline);

  await expect(page.getByTestId("replayed")).toHaveText(settle.replayed);
  await expect(page.getByTestId("receipt-paper").locator('[data-field="medfee_sumamt"]')).toHaveText("¥30.00");
  expect(lost).toBe(1);
});

test("a bill sent while the network was down survives a reload of the page and is settled once when the page is back", async ({ page, browser, context }) => {
  await signInTerminal(page);
  await scanPersonAtTill(page, browser, "lin");
  await enterBill(page);

  await context.setOffline(true);
  await page.getByRole("button", { name: settle.settle, exact: true }).click();
  await expect(page.getByTestId("bill-kept")).toContainText(settle.offline);
  // The clerk reloads: offline, the browser can only show its own error page.
  await page.reload().catch(() => undefined);
  await context.setOffline(false);
  // The page resends the kept bill at once; hold that request until the recovered bill has been
  // seen on screen, so the test does not race the answer.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => { release = resolve; });
  let resent = 0;
  await page.route("**/terminal", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && (request.postData() ?? "").includes("settlementToken")) {
      resent += 1;
      await released;
    }
    await route.continue();
  });
  await page.goto("/terminal");

  const recovered = page.getByTestId("recovered-bill");
  await expect(recovered).toContainText(format(settle.recovered.summary, { name: demoPerson("lin").maskedName, count: 1, amount: "30.00" }));
  release();
  const paper = page.getByTestId("receipt-paper");
  await expect(paper.locator('[data-field="medfee_sumamt"]')).toHaveText("¥30.00");
  await expect(recovered).toHaveCount(0);
  expect(resent).toBe(1);
  // The answer came: nothing is kept past it.
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

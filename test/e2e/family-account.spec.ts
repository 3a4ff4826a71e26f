import { expect, phoneContextOptions, serverURL, test } from "./test";
import { type Browser, type Page } from "@playwright/test";
import { e2eTerminalKey } from "../../playwright.config";
import { containing, demoFacility, demoPerson, format, named, zh } from "./fixtures";
import { signIn } from "./helpers";
import { readCodeFromScreen, waitForDeviceReady } from "./voucher-helpers";

const grandfatherPerson = demoPerson("zhou-gh"); // 周国华, retired employee with a personal account
const sonPerson = demoPerson("zhou-wei"); // 周伟, his son, guardian of
const daughter = demoPerson("zhou-yu"); // 周小雨, 9, resident insurance: no personal account of her own
const counter = demoFacility("sm-yida"); // where the e2e terminal key is registered

async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext(phoneContextOptions());
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

// 家庭共济 since 2024 reaches grandchildren: the grandfather lends his account to his son, who
// shows his daughter's code at a pharmacy counter; the counter settles from the grandfather's
// account; the grandfather sees it on his account and in his log, the son on her settlement.
test("a relative's bill settled from a grandfather's personal account at the counter, seen on both sides", async ({ browser }) => {
  const grandfather = await signedInPage(browser, grandfatherPerson.phone);
  await grandfather.goto("/family");
  await grandfather.getByLabel(zh.family.create.phone).fill(sonPerson.phone);
  await grandfather.getByLabel(zh.family.create.relation).selectOption("child");
  await grandfather.getByLabel(zh.family.scopes.view_coverage).uncheck();
  await grandfather.getByLabel(zh.family.scopes.pay_from_account).check();
  await grandfather.getByRole("button", { name: zh.family.create.submit }).click();
  await expect(grandfather.getByText(zh.family.create.sent)).toBeVisible();

  const son = await signedInPage(browser, sonPerson.phone);
  await waitForDeviceReady(son);
  await son.goto("/family");
  const received = son.getByTestId("grant-received").filter({ hasText: zh.family.scopesReceived.pay_from_account }).filter({ hasText: zh.family.received.status });
  await received.getByRole("button", { name: zh.family.received.accept }).click();
  await expect(son.getByTestId("grant-received").filter({ hasText: zh.family.scopesReceived.pay_from_account }).filter({ hasText: zh.family.status.active })).toHaveCount(1);

  // The son shows his daughter's code (he is her guardian).
  await son.goto(`/voucher?for=${daughter.personId}`);
  const code = await readCodeFromScreen(son);

  // The counter scans it and is offered her grandfather's account, named by who he is to her.
  const terminalContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: serverURL() });
  const terminal = await terminalContext.newPage();
  await terminal.goto("/terminal");
  await terminal.getByLabel(zh.terminal.keyLabel).fill(e2eTerminalKey);
  await terminal.getByRole("button", { name: zh.terminal.signIn }).click();
  await terminal.getByLabel(zh.terminal.scanLabel).fill(code);
  await terminal.getByLabel(zh.terminal.scanLabel).press("Enter");
  await expect(terminal.getByTestId("verified-name")).toHaveText(daughter.maskedName);
  const choice = terminal.getByTestId("family-account-choice");
  const grandfathersAccount = format(zh.terminalSettle.familyAccount.relative, { name: named(grandfatherPerson, "grandparent") });
  await choice.getByLabel(grandfathersAccount).check();
  await terminal.getByRole("button", { name: zh.terminalSettle.addLine }).click();
  await terminal.getByLabel(zh.terminalSettle.lineName).fill("布洛芬缓释胶囊");
  await terminal.getByLabel(zh.terminalSettle.lineUnitPrice).fill("60.00");
  await terminal.getByRole("button", { name: zh.terminalSettle.settle, exact: true }).click();
  const receipt = terminal.getByTestId("receipt");
  await expect(receipt).toContainText(daughter.maskedName);
  // The receipt shows the amount as the app writes money (¥12.34).
  const paid = (await receipt.locator('[data-field="acct_mulaid_pay"]').textContent())!.trim();
  expect(paid).toMatch(/^¥[\d,]+\.\d{2}$/);
  expect(paid).not.toBe("¥0.00");

  // The holder's side: his account entries, and his log with amount, place and for whom.
  await grandfather.goto("/entitlements");
  await expect(grandfather.getByRole("main")).toContainText(format(zh.entitlements.account.forRelative, { name: named(daughter, "grandchild") }));
  await grandfather.goto("/family/log");
  const payment = grandfather.getByTestId("access-log-entry").filter({ hasText: zh.family.log.actions["account.pay"] }).first();
  await expect(payment).toContainText(paid);
  await expect(payment).toContainText(named(sonPerson, "child"));
  await expect(payment).toContainText(format(zh.family.log.place, { place: counter.name }));
  await expect(payment).toContainText(format(zh.family.log.paidFor, { who: named(daughter, "grandchild"), amount: paid }));

  // The patient's side: her settlement, opened by her father, says whose account paid.
  await son.goto(`/entitlements?for=${daughter.personId}`);
  await son.locator('main a[href^="/entitlements/settlements/"]').first().click();
  await son.waitForURL(/\/entitlements\/settlements\//);
  await expect(son.getByRole("main")).toContainText(format(zh.entitlements.detail.paidFromRelative, { name: named(grandfatherPerson, "grandparent") }));
  // Her guardians' log has the scan of her code at the counter.
  await son.goto("/family/log");
  await expect(son.getByTestId("access-log-entry").filter({ hasText: zh.family.log.actions["voucher.scan"] }).first()).toContainText(containing(counter.name));
  await terminalContext.close();

  // The grandfather ends the grant, so that later tests start with none between them.
  await grandfather.goto("/family");
  grandfather.once("dialog", (dialog) => void dialog.accept());
  const open = grandfather.getByTestId("grant-given").filter({ hasText: sonPerson.maskedPhone }).filter({ hasText: zh.family.status.active });
  await open.getByRole("button", { name: zh.family.given.end }).click();
  await expect(open).toHaveCount(0);
});

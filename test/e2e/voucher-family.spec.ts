import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { qrSymbol, readCodeFromScreen, verifyAtTerminal, waitForDeviceReady } from "./voucher-helpers";

async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext({ ...test.info().project.use });
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

// The grandfather (周国华, 13800000008) lets his daughter-in-law (吴静, 13800000007) show his code.
test("a family member shows a relative's code under a show-code grant; ending the grant makes such codes fail", async ({ browser, request }) => {
  const grandfather = await signedInPage(browser, "13800000008");
  await grandfather.goto("/family");
  await grandfather.getByLabel("家人的手机号").fill("13800000007");
  await grandfather.getByLabel("替我出示医保码").check();
  await grandfather.getByRole("button", { name: "发出授权" }).click();
  await expect(grandfather.getByText("授权已发出，等待对方接受。")).toBeVisible();

  const helper = await signedInPage(browser, "13800000007");
  await waitForDeviceReady(helper);
  await helper.goto("/family");
  await helper.getByTestId("grant-received").getByRole("button", { name: "接受授权" }).click();
  await expect(helper.getByTestId("grant-received")).toContainText("生效中");

  // The code screen learns the grant when online and offers whose code to show.
  await helper.goto("/voucher");
  const whose = helper.getByRole("group", { name: "出示谁的医保码" });
  await expect(whose).toBeVisible();
  await whose.getByLabel("周*华").check();
  await expect(qrSymbol(helper)).toHaveAttribute("aria-label", /周\*华/);
  const relativeCode = await readCodeFromScreen(helper);
  const verified = await verifyAtTerminal(request, relativeCode);
  expect(verified.status).toBe(200);
  expect(verified.body.person.maskedName).toBe("周*华");
  expect(verified.body.shownUnderGrant).toBe(true);

  // The grandfather ends the grant: the next code made under it is refused at the counter.
  await grandfather.goto("/family");
  grandfather.once("dialog", (dialog) => void dialog.accept());
  // Other tests may have left grants of his; this one is the grant to 138****0007.
  const given = grandfather.getByTestId("grant-given").filter({ hasText: "138****0007" });
  await given.getByRole("button", { name: "结束授权" }).click();
  await expect(given).toContainText("已结束");
  await helper.getByRole("button", { name: /立即刷新|刷新/ }).first().click();
  await expect.poll(async () => readCodeFromScreen(helper)).not.toBe(relativeCode);
  const refused = await verifyAtTerminal(request, await readCodeFromScreen(helper));
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe("grant_revoked");
});

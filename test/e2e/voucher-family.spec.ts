import { expect, phoneContextOptions, test } from "./test";
import { type Browser, type Page } from "@playwright/test";
import { containing, demoPerson, zh } from "./fixtures";
import { signIn } from "./helpers";
import { qrSymbol, readCodeFromScreen, verifyAtTerminal, waitForDeviceReady } from "./voucher-helpers";

async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext(phoneContextOptions());
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

// The grandfather (zhou-gh) lets his daughter-in-law (wu-jing) show his code.
test("a family member shows a relative's code under a show-code grant; ending the grant makes such codes fail", async ({ browser, request }) => {
  const father = demoPerson("zhou-gh");
  const wu = demoPerson("wu-jing");
  const family = zh.family;
  const grandfather = await signedInPage(browser, father.phone);
  await grandfather.goto("/family");
  await grandfather.getByLabel(family.create.phone).fill(wu.phone);
  // His daughter-in-law: family, though not a close relative.
  await grandfather.getByLabel(family.create.relation).selectOption("other");
  await grandfather.getByLabel(family.scopes.show_code).check();
  await grandfather.getByRole("button", { name: family.create.submit }).click();
  await expect(grandfather.getByText(family.create.sent)).toBeVisible();

  const helper = await signedInPage(browser, wu.phone);
  await waitForDeviceReady(helper);
  await helper.goto("/family");
  await helper.getByTestId("grant-received").getByRole("button", { name: family.received.accept }).click();
  await expect(helper.getByTestId("grant-received")).toContainText(family.status.active);

  // The code screen learns the grant when online and offers whose code to show.
  await helper.goto("/voucher");
  const whose = helper.getByRole("group", { name: zh.voucher.whose.label });
  await expect(whose).toBeVisible();
  await whose.getByLabel(father.maskedName).check();
  await expect(qrSymbol(helper)).toHaveAttribute("aria-label", containing(father.maskedName));
  const relativeCode = await readCodeFromScreen(helper);
  const verified = await verifyAtTerminal(request, relativeCode);
  expect(verified.status).toBe(200);
  expect(verified.body.person.maskedName).toBe(father.maskedName);
  expect(verified.body.shownUnderGrant).toBe(true);

  // The grandfather ends the grant: the next code made under it is refused at the counter.
  await grandfather.goto("/family");
  grandfather.once("dialog", (dialog) => void dialog.accept());
  // Other tests may have left grants of his; this one is the grant to her number.
  const given = grandfather.getByTestId("grant-given").filter({ hasText: wu.maskedPhone });
  await given.getByRole("button", { name: family.given.end }).click();
  await expect(given).toContainText(family.status.ended);
  await helper.getByRole("button", { name: zh.voucher.refreshNow }).first().click();
  await expect.poll(async () => readCodeFromScreen(helper)).not.toBe(relativeCode);
  const refused = await verifyAtTerminal(request, await readCodeFromScreen(helper));
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe("grant_revoked");
});

import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext({ ...test.info().project.use });
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

// The grandfather (周国华, 13800000008) lets 赵桂兰 (13800000009) estimate his costs, and nothing else.
test("an estimate for a relative works with an estimate grant and is refused without one", async ({ browser }) => {
  const grandfather = await signedInPage(browser, "13800000008");
  const grandfatherId = await grandfather.evaluate(async () => {
    const response = await fetch("/api/v1/me/entitlements");
    return ((await response.json()) as { personId: string }).personId;
  });
  const helper = await signedInPage(browser, "13800000009");

  // Without a grant: refused, and nothing of his is shown.
  await helper.goto(`/estimate?for=${grandfatherId}`);
  await expect(helper.getByRole("alert").filter({ hasText: "你无权查看" })).toHaveText("你无权查看这位参保人的信息，或授权已结束。");
  await expect(helper.getByRole("button", { name: "估算", exact: true })).toHaveCount(0);

  await grandfather.goto("/family");
  await grandfather.getByLabel("家人的手机号").fill("13800000009");
  await grandfather.getByLabel("替我试算费用").check();
  await grandfather.getByRole("button", { name: "发出授权" }).click();
  await expect(grandfather.getByText("授权已发出，等待对方接受。")).toBeVisible();
  await helper.goto("/family");
  await helper.getByTestId("grant-received").getByRole("button", { name: "接受授权" }).click();
  await expect(helper.getByTestId("grant-received")).toContainText("生效中");

  // With the grant: the form is his (Yangzhou, retired employee) and an estimate runs.
  await helper.goto(`/estimate?for=${grandfatherId}`);
  await helper.getByLabel("假设的数值").check();
  await helper.getByLabel("自由填写").check();
  await helper.getByLabel("名称", { exact: true }).fill("门诊费用（甲类）");
  await helper.getByLabel("医保类别").selectOption("A");
  await helper.getByLabel("金额（元）").fill("300.00");
  await helper.getByRole("button", { name: "估算", exact: true }).click();
  await expect(helper.getByTestId("field-medfee_sumamt")).toHaveText("300.00");

  // The grandfather sees who estimated for him.
  await grandfather.goto("/family/log");
  await expect(grandfather.getByTestId("access-log-row").first()).toContainText("138****0009");
});

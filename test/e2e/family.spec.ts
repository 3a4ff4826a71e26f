import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext({ ...test.info().project.use });
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

// The grandfather (周国华, 13800000008) lets his son (周伟, 13800000006) see his coverage.
test("grant, accept, use, log, end — and an ended grant is refused at once", async ({ browser }) => {
  const grandfather = await signedInPage(browser, "13800000008");
  await grandfather.goto("/family");
  await expectNoViolations(grandfather);
  await grandfather.getByLabel("家人的手机号").fill("13800000006");
  await grandfather.getByLabel("替我出示医保码").check();
  await grandfather.getByRole("button", { name: "发出授权" }).click();
  await expect(grandfather.getByText("授权已发出，等待对方接受。")).toBeVisible();
  await grandfather.reload();
  // Other tests may have left ended grants of his to the son; this one is the open one.
  const given = grandfather.getByTestId("grant-given").filter({ hasText: "138****0006" }).filter({ hasNotText: "已结束" });
  await expect(given).toContainText("待对方接受");

  const son = await signedInPage(browser, "13800000006");
  await son.goto("/family");
  const received = son.getByTestId("grant-received").filter({ hasNotText: "已结束" });
  await expect(received).toContainText("来自 周*华");
  await received.getByRole("button", { name: "接受授权" }).click();
  await expect(received).toContainText("生效中");
  await expectNoViolations(son);

  // Home's switcher: self, the dependant daughter, and the grandfather under the grant.
  await son.goto("/");
  const switcher = son.getByRole("navigation", { name: "为谁办理" });
  await expect(switcher.getByRole("link")).toHaveCount(3);
  await switcher.getByRole("link", { name: /周\*华/ }).click();
  await expect(son.getByText("正在为 周*华 办理")).toBeVisible();
  const actingUrl = son.url();
  const grandfatherId = new URL(actingUrl).searchParams.get("for")!;
  await expectNoViolations(son);

  // The API sees it too, only with the son's own session.
  const grants = await son.request.get("/api/v1/me/grants");
  expect(grants.status()).toBe(200);
  expect(((await grants.json()) as { received: { status: string }[] }).received[0]?.status).toBe("active");
  expect((await son.request.get(`/api/v1/me/entitlements?personId=${grandfatherId}`)).status()).toBe(200);

  // The grandfather reads who looked.
  await grandfather.goto("/family/log");
  await expect(grandfather.getByTestId("access-log-row").first()).toContainText("138****0006");
  await expectNoViolations(grandfather);

  // He ends it; the son is refused on the very next request.
  await grandfather.goto("/family");
  grandfather.once("dialog", (dialog) => void dialog.accept());
  const open = grandfather.getByTestId("grant-given").filter({ hasText: "138****0006" }).filter({ hasText: "生效中" });
  await open.getByRole("button", { name: "结束授权" }).click();
  await expect(open).toHaveCount(0);
  await son.goto(actingUrl);
  await expect(son.getByText("你无权查看这位参保人的信息，或授权已结束。")).toBeVisible();
  expect((await son.request.get(`/api/v1/me/entitlements?personId=${grandfatherId}`)).status()).toBe(403);
});

// The API part of the authorisation matrix, over HTTP with real session cookies.
test("personal-data APIs refuse the signed-out, strangers and other people's ids", async ({ browser, playwright }) => {
  const son = await signedInPage(browser, "13800000006");
  await son.goto("/");
  const daughterLink = son.getByRole("navigation", { name: "为谁办理" }).getByRole("link", { name: /周\*雨/ });
  const daughterId = new URL((await daughterLink.getAttribute("href"))!, "http://x").searchParams.get("for")!;
  const stranger = await signedInPage(browser, "13800000001");
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });

  // Routes that take ?personId=; the others answer only about the caller and ignore it.
  const selectsPerson = (p: string) => p.endsWith("/entitlements") || p.endsWith("/settlements") || p.endsWith("/clinic");
  const routes = ["/api/v1/me/entitlements", "/api/v1/me/settlements", "/api/v1/me/grants", "/api/v1/me/clinic"];
  const cases: { name: string; get: (path: string) => Promise<number>; expected: (path: string) => number[] }[] = [
    { name: "signed out", get: async (p) => (await anonymous.get(p)).status(), expected: () => [401] },
    { name: "own", get: async (p) => (await son.request.get(p)).status(), expected: () => [200] },
    { name: "guardian, child's id", get: async (p) => (await son.request.get(`${p}?personId=${daughterId}`)).status(), expected: () => [200] },
    { name: "stranger, child's id", get: async (p) => (await stranger.request.get(`${p}?personId=${daughterId}`)).status(), expected: (p) => (selectsPerson(p) ? [403] : [200]) },
  ];
  for (const route of routes) {
    for (const c of cases) {
      const status = await c.get(route);
      expect(c.expected(route), `${route} · ${c.name}`).toContain(status);
    }
  }
  // /me/grants takes no person id: a stranger's ?personId= is ignored and they see only their own.
  const strangerGrants = (await (await stranger.request.get(`/api/v1/me/grants?personId=${daughterId}`)).json()) as { given: unknown[]; received: unknown[] };
  expect(strangerGrants).toEqual({ given: [], received: [] });
  await anonymous.dispose();
});

import AxeBuilder from "@axe-core/playwright";
import { expect, phoneContextOptions, serverURL, test } from "./test";
import { type Browser, type Page } from "@playwright/test";
import { containing, demoPerson, format, named, zh } from "./fixtures";
import { signIn } from "./helpers";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext(phoneContextOptions());
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

// The grandfather (zhou-gh) lets his son (zhou-wei) see his coverage.
test("grant, accept, use, log, end — and an ended grant is refused at once", async ({ browser }) => {
  const father = demoPerson("zhou-gh");
  const sonPerson = demoPerson("zhou-wei");
  const family = zh.family;
  const grandfather = await signedInPage(browser, father.phone);
  await grandfather.goto("/family");
  await expectNoViolations(grandfather);
  await grandfather.getByLabel(family.create.phone).fill(sonPerson.phone);
  await grandfather.getByLabel(family.create.relation).selectOption("child");
  await grandfather.getByLabel(family.scopes.show_code).check();
  await grandfather.getByRole("button", { name: family.create.submit }).click();
  await expect(grandfather.getByText(family.create.sent)).toBeVisible();
  await grandfather.reload();
  // Other tests may have left ended grants of his to the son; this one is the open one.
  const given = grandfather.getByTestId("grant-given").filter({ hasText: sonPerson.maskedPhone }).filter({ hasNotText: family.status.ended });
  // The giver reads it from his side: whom, as what, and that it waits for them.
  await expect(given).toContainText(format(family.given.sentence, { who: named(sonPerson, "child"), scopes: `${family.scopes.view_coverage}${family.list.last}${family.scopes.show_code}` }));
  await expect(given).toContainText(family.given.status);

  const son = await signedInPage(browser, sonPerson.phone);
  await son.goto("/family");
  const received = son.getByTestId("grant-received").filter({ hasNotText: family.status.ended });
  // The receiver reads it from his: who allows him what of TA's, and that accepting is his to do.
  await expect(received).toContainText(format(family.received.sentence, { who: named(father, "parent"), scopes: `${family.scopesReceived.view_coverage}${family.list.last}${family.scopesReceived.show_code}` }));
  await expect(received).toContainText(family.received.status);
  await received.getByRole("button", { name: family.received.accept }).click();
  await expect(received).toContainText(family.status.active);
  // Once active: how to leave it.
  await expect(received.getByRole("button", { name: family.received.leave })).toBeVisible();
  await expectNoViolations(son);

  // Home's switcher: self, the dependant daughter, and the grandfather under the grant.
  await son.goto("/");
  const switcher = son.getByRole("navigation", { name: family.switcher.label });
  await expect(switcher.getByRole("link")).toHaveCount(3);
  await switcher.getByRole("link", { name: containing(father.maskedName) }).click();
  await expect(son.getByText(format(family.switcher.actingFor, { name: named(father, "parent") }))).toBeVisible();
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
  await expect(grandfather.getByTestId("access-log-entry").first()).toContainText(named(sonPerson, "child"));
  await expectNoViolations(grandfather);

  // He ends it; the son is refused on the very next request.
  await grandfather.goto("/family");
  grandfather.once("dialog", (dialog) => void dialog.accept());
  const open = grandfather.getByTestId("grant-given").filter({ hasText: sonPerson.maskedPhone }).filter({ hasText: family.status.active });
  await open.getByRole("button", { name: family.given.end }).click();
  await expect(open).toHaveCount(0);
  await son.goto(actingUrl);
  await expect(son.getByText(family.person.notAllowed)).toBeVisible();
  expect((await son.request.get(`/api/v1/me/entitlements?personId=${grandfatherId}`)).status()).toBe(403);
});

// The API part of the authorisation matrix, over HTTP with real session cookies.
test("personal-data APIs refuse the signed-out, strangers and other people's ids", async ({ browser, playwright }) => {
  const son = await signedInPage(browser, demoPerson("zhou-wei").phone);
  await son.goto("/");
  const daughterLink = son.getByRole("navigation", { name: zh.family.switcher.label }).getByRole("link", { name: containing(demoPerson("zhou-yu").maskedName) });
  const daughterId = new URL((await daughterLink.getAttribute("href"))!, "http://x").searchParams.get("for")!;
  const stranger = await signedInPage(browser, demoPerson("chen").phone);
  const anonymous = await playwright.request.newContext({ baseURL: serverURL() });

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

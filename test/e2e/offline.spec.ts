import { expect, test } from "./test";
import { demoPerson, en, zh } from "./fixtures";
import { signIn } from "./helpers";

test("after the first visit, going offline and reloading shows the offline page", async ({ context, page }) => {
  await signIn(page, demoPerson("chen").phone);
  // Wait until the service worker controls the page and has precached the shell.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    return registration.active?.state;
  });
  await page.close();
  await context.setOffline(true);
  const offlinePage = await context.newPage();
  await offlinePage.goto("/");
  await expect(offlinePage.getByRole("heading", { name: zh.offline.title })).toBeVisible();
  await expect(offlinePage.getByRole("heading", { name: en.offline.title })).toBeVisible();
  await context.setOffline(false);
});

test("the manifest makes the app installable", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest.display).toBe("standalone");
  expect(manifest.name).toContain(zh.common.appName);
  expect(manifest.name).toContain(en.common.appName);
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");
  }
});

test("the health endpoint reports the embedded database", async ({ request }) => {
  const response = await request.get("/api/v1/health");
  expect(await response.json()).toMatchObject({ status: "ok", db: "pglite", version: expect.any(String) });
});

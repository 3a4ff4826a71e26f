import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./test";
import { QR_DRAWN_MARK } from "../../components/voucher/performance-marks";
import { formatFen } from "../../lib/i18n/display";
import { e2eTerminalKey } from "../../playwright.config";
import { catalogueItem, clockTime, containing, demoPerson, format, matching, zh } from "./fixtures";
import { signIn } from "./helpers";
import { pageOpenedOffline, qrSymbol, readCodeFromScreen, verifyAtTerminal, waitForDeviceReady, waitForServiceWorker } from "./voucher-helpers";

const TIME_TO_QR_BUDGET_MS = 150;
const TIME_TO_QR_RUNS = 5;

test("offline, the installed app shows the code (its time recorded for the bench); read from a screenshot it verifies once at the terminal, settles, and the phone shows the new figures", async ({ context, page, request }) => {
  const lin = demoPerson("lin");
  await signIn(page, lin.phone);
  const before = (await (await page.request.get("/api/v1/me/entitlements")).json()) as { account: { balanceFen: number } };
  await waitForDeviceReady(page);
  await waitForServiceWorker(page);
  // Online visits to the code screen first, as a person makes after setting up (the browser
  // then has the app's scripts compiled, as on any phone that has opened the app before).
  await page.getByRole("link", { name: containing(zh.home.showCode) }).click();
  await expect(qrSymbol(page)).toBeVisible();
  await page.reload();
  await expect(qrSymbol(page)).toBeVisible();
  await page.close();

  await context.setOffline(true);
  const timings: number[] = [];
  let code = "";
  for (let run = 0; run < TIME_TO_QR_RUNS; run++) {
    const phone = await pageOpenedOffline(context);
    await phone.goto("/voucher");
    await expect(qrSymbol(phone)).toBeVisible();
    // Debian's Chromium (150) keeps the network offline for a page opened after setOffline, but
    // its navigator.onLine still says true there until the emulation changes once more; the
    // screen's "offline" note listens to that flag, as on a phone. Going back and forth fires it.
    await context.setOffline(false);
    await context.setOffline(true);
    const ms = await phone.evaluate(async (mark) => {
      while (performance.getEntriesByName(mark).length === 0) await new Promise((r) => setTimeout(r, 10));
      return performance.getEntriesByName(mark)[0]!.startTime;
    }, QR_DRAWN_MARK);
    timings.push(Math.round(ms));
    await expect(phone.getByText(zh.voucher.offline)).toBeVisible();
    await expect(phone.getByText(lin.maskedName)).toBeVisible();
    await expect(phone.getByTestId("voucher-made-at")).toHaveText(matching(zh.voucher.madeAt, { time: clockTime }, "both"));
    await expect(phone.getByRole("timer")).toHaveText(matching(zh.voucher.refreshIn, { seconds: /\d+/ }));
    if (run === TIME_TO_QR_RUNS - 1) code = await readCodeFromScreen(phone);
    await phone.close();
  }
  // The median of several opens, so that one run delayed by another process on a shared
  // machine does not decide; every run is reported.
  const median = [...timings].sort((a, b) => a - b)[Math.floor(TIME_TO_QR_RUNS / 2)]!;
  test.info().annotations.push({ type: "time to QR offline (ms)", description: `median ${median}; runs ${timings.join(", ")}` });
  const outDir = path.join(process.cwd(), "bench-results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, "voucher-time-to-qr.json"),
    JSON.stringify({ measuredAt: new Date().toISOString(), source: "test/e2e/voucher.spec.ts", offline: true, runsMs: timings, medianMs: median, budgetMs: TIME_TO_QR_BUDGET_MS }, null, 2),
  );
  // The 150 ms budget is judged by `npm run bench -- qr` on a quiet machine; a timed
  // assertion here would fail on a busy one without telling anything about the code screen.
  expect(timings).toHaveLength(TIME_TO_QR_RUNS);

  expect(code).toMatch(/^YB1:[0-9A-Z $%*+\-./:]{165}$/);
  const first = await verifyAtTerminal(request, code);
  expect(first.status).toBe(200);
  expect(first.body.person).toMatchObject({ maskedName: lin.maskedName, insurance: "employee", employeeStatus: "retired" });
  expect(first.body.settlement.token).toMatch(/^yst_/);
  const replay = await verifyAtTerminal(request, code);
  expect(replay.status).toBe(409);
  expect(replay.body.error.code).toBe("code_already_used");

  // The counter settles a pharmacy bill with the scan's token (the demo terminal is a Sanming pharmacy).
  const settled = await request.post("/api/v1/terminal/settlements", {
    headers: { authorization: `Bearer ${e2eTerminalKey}`, "idempotency-key": "e2e-voucher-settlement-1" },
    data: { settlementToken: first.body.settlement.token, visit: { kind: "pharmacy" }, lines: [{ name: catalogueItem("XC08CAX055A002010100000").name, class: "A", amount: "58.60" }], useAccount: true },
  });
  expect(settled.status()).toBe(201);
  const receipt = (await settled.json()) as { amounts: { acct_pay: number; medfee_sumamt: number } };
  expect(receipt.amounts.medfee_sumamt).toBe(58.6);
  expect(receipt.amounts.acct_pay).toBeGreaterThan(0);

  // Back online, the phone's entitlements show the balance the counter left.
  await context.setOffline(false);
  const phone = await context.newPage();
  await phone.goto("/entitlements");
  const expected = before.account.balanceFen - Math.round(receipt.amounts.acct_pay * 100);
  await expect(phone.getByTestId("account-balance")).toHaveText(formatFen(expected));
});

test("a new code every 30 seconds, with a countdown and the time it was made", async ({ page }) => {
  await signIn(page, demoPerson("liu").phone);
  await waitForDeviceReady(page);
  // The page's clock stands still unless the test moves it.
  await page.clock.pauseAt(new Date("2026-11-23T01:59:50Z"));
  await page.goto("/voucher");
  const first = await readCodeFromScreen(page);
  await expect(page.getByRole("timer")).toHaveText(format(zh.voucher.refreshIn, { seconds: 30 }));
  const madeAt = await page.getByTestId("voucher-made-at").textContent();
  await page.clock.runFor(10_000);
  await expect(page.getByRole("timer")).toHaveText(format(zh.voucher.refreshIn, { seconds: 20 }));
  await expect(page.getByTestId("voucher-made-at")).toHaveText(madeAt!);
  await page.clock.runFor(20_000);
  await expect(page.getByRole("timer")).toHaveText(format(zh.voucher.refreshIn, { seconds: 30 }));
  await expect(page.getByTestId("voucher-made-at")).not.toHaveText(madeAt!);
  expect(await readCodeFromScreen(page)).not.toBe(first);
});

test("removing this device in settings makes its codes fail at once", async ({ page, request }) => {
  const devices = zh.devices;
  await signIn(page, demoPerson("zhao").phone);
  await waitForDeviceReady(page);
  await page.goto("/voucher");
  const code = await readCodeFromScreen(page);
  await page.goto("/settings/devices");
  await expect(page.getByRole("heading", { name: devices.title })).toBeVisible();
  const row = page.getByTestId("device-row").filter({ hasText: devices.thisDevice });
  await row.getByRole("button", { name: matching(devices.revokeLabel, { label: /.*/, date: /.*/ }, "start") }).click();
  await expect(page.getByText(devices.revokedNotice)).toBeVisible();
  await expect(row.getByText(matching(devices.revokedAt, { date: /.*/ }))).toBeVisible();
  const refused = await verifyAtTerminal(request, code);
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe("device_revoked");
});

test("after signing out the code screen shows no code, online or offline", async ({ context, page, request }) => {
  await signIn(page, demoPerson("zhao").phone);
  await waitForDeviceReady(page);
  await waitForServiceWorker(page);
  await page.goto("/voucher");
  const code = await readCodeFromScreen(page);
  await page.goto("/");
  await page.getByRole("button", { name: zh.common.signOut }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // Signing out revoked the key on the server too.
  expect((await verifyAtTerminal(request, code)).body.error.code).toBe("device_revoked");

  await page.goto("/voucher");
  await expect(page.getByRole("heading", { name: zh.voucher.signedOut.title })).toBeVisible();
  await expect(qrSymbol(page)).toHaveCount(0);
  await page.close();
  await context.setOffline(true);
  const offline = await context.newPage();
  await offline.goto("/voucher");
  await expect(offline.getByRole("heading", { name: zh.voucher.notSetUp.title })).toBeVisible();
  await expect(qrSymbol(offline)).toHaveCount(0);
  await context.setOffline(false);
});

test("the home page links to the code, and the offline page does too", async ({ page }) => {
  await signIn(page, demoPerson("liu").phone);
  await expect(page.getByRole("link", { name: containing(zh.home.showCode) })).toHaveAttribute("href", "/voucher");
  await page.goto("/offline");
  await expect(page.getByRole("link", { name: containing(zh.offline.showCode) })).toHaveAttribute("href", "/voucher");
});

test("opened by a client-side navigation (easy mode's link), the code screen loads its QR encoder and shows a code that reads back", async ({ page }) => {
  await signIn(page, demoPerson("wang").phone);
  await waitForDeviceReady(page);
  await page.getByRole("button", { name: zh.easy.toggleOn }).click();
  await expect(page.getByRole("heading", { name: zh.easy.homeHeading })).toBeVisible();
  // A mark on this document: it survives a client-side navigation, not a page load.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole("link", { name: containing(zh.easy.showCode) }).click();
  await expect(page).toHaveURL(/\/voucher$/);
  expect(await readCodeFromScreen(page)).toMatch(/^YB1:/);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test("the installed app's code screen opens with its code already drawn, and React takes that same code over in place", async ({ context, page }) => {
  await signIn(page, "13800000007");
  await waitForDeviceReady(page);
  await waitForServiceWorker(page);
  await page.goto("/voucher");
  await expect(qrSymbol(page)).toBeVisible();
  await page.close();

  // A phone ten times slower than this machine: the code is on screen long before React runs.
  // What the shell showed once parsed is noted, to compare with what React shows.
  const phone = await context.newPage();
  await phone.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const boot = document.getElementById("voucher-boot");
      const svg = boot?.querySelector("svg[role=img]");
      if (!boot || !svg) return;
      const r = svg.getBoundingClientRect();
      Object.assign(window, {
        shownEarly: {
          code: (JSON.parse(boot.dataset.firstCode ?? "{}") as { text?: string }).text,
          label: svg.getAttribute("aria-label"),
          madeAt: boot.querySelector(":scope > div > p:last-child")?.textContent,
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
          reactShowsACode: document.querySelectorAll("main svg[role=img]").length > 1,
        },
      });
    });
  });
  const cdp = await context.newCDPSession(phone);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 10 });
  await phone.goto("/voucher");
  await expect(phone.getByTestId("voucher-made-at")).toHaveText(/^生成于/, { timeout: 30_000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const early = (await phone.evaluate(() => (window as unknown as { shownEarly?: unknown }).shownEarly)) as {
    code: string; label: string; madeAt: string; box: { x: number; y: number; width: number; height: number }; reactShowsACode: boolean;
  };
  expect(early, "the shell was served with the code drawn in it").toBeTruthy();
  expect(early.reactShowsACode).toBe(false);

  // React's own symbol replaced it: the same code, made at the same time, in the same place.
  await expect(phone.locator("#voucher-boot svg")).toHaveCount(0);
  await expect(qrSymbol(phone)).toHaveCount(1);
  expect(await readCodeFromScreen(phone)).toBe(early.code);
  expect(await qrSymbol(phone).getAttribute("aria-label")).toBe(early.label);
  await expect(phone.getByTestId("voucher-made-at")).toHaveText(early.madeAt);
  const box = (await qrSymbol(phone).boundingBox())!;
  for (const side of ["x", "y", "width", "height"] as const) expect(box[side]).toBeCloseTo(early.box[side], 0);
  await expect(phone.getByRole("timer")).toHaveText(/秒后自动刷新/);
});

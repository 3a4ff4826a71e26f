/**
 * The receipt a pharmacy hands over, printed to PDF by Chromium and read back with poppler-utils
 * (pdftotext, pdfinfo, pdftoppm): only the receipt prints, at the paper's size (80 mm and 58 mm
 * rolls, A4), with every line as quantity × unit price, each amount under its plain name, the
 * settlement number with a QR code that reads back, and 已冲正 once reversed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "./test";
import { type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { seedEnrolments } from "@/lib/seed/people";
import { DEMO_TERMINAL } from "@/lib/seed/terminal";
import { catalogueItem, demoFacility, demoPerson, diseaseName, en, zh } from "./fixtures";
import { TILL, addFromCatalogue, pdfTool, scanPersonAtTill, signInTerminal } from "./terminal-helpers";

test.use(TILL);

const settle = zh.terminalSettle;
const r = settle.receipt;

/** Whitespace-free text, so that the layout pdftotext chose does not matter. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

interface PrintedReceipt {
  text: string;
  /** "226.77 x 592.08", in points. */
  pageSize: string;
  pages: number;
  png: string;
}

/** Chooses the paper, presses "print", and prints the page to PDF as Chromium prints it (CSS page size). */
async function printReceipt(page: Page, paper: "roll80" | "roll58" | "a4", name: string): Promise<PrintedReceipt> {
  await page.getByLabel(settle.paper).selectOption(paper);
  const printed = await page.evaluate(() => (window as unknown as { printed: number }).printed);
  await page.getByRole("button", { name: settle.print }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(printed + 1);
  const pdf = test.info().outputPath(`${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = pdfTool("pdfinfo", [pdf]);
  pdfTool("pdftoppm", ["-png", "-r", "200", "-f", "1", "-l", "1", pdf, test.info().outputPath(name)]);
  return {
    text: pdfTool("pdftotext", ["-layout", pdf, "-"]),
    pageSize: /Page size:\s+([\d.]+ x [\d.]+) pts/.exec(info)?.[1] ?? "",
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    png: test.info().outputPath(`${name}-1.png`),
  };
}

/** The QR code on the printed page, read back as a scanner would. */
function qrOnPage(png: string): string | null {
  const image = PNG.sync.read(readFileSync(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

test.beforeEach(async ({ page }) => {
  // The print dialog is the browser's; the test counts the button's calls and prints to PDF itself.
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
});

test("the printed receipt: only the receipt, on 80 mm, 58 mm and A4, every line as quantity × unit price, plain names, a QR of the number, 已冲正 once reversed", async ({ page, browser }) => {
  const chen = demoPerson("chen");
  const metformin = catalogueItem("XA10BAE015A001010100000");
  const enrolment = seedEnrolments.find((e) => e.personId === chen.personId)!;
  await signInTerminal(page);
  await scanPersonAtTill(page, browser, "chen");
  await page.screenshot({ path: test.info().outputPath("till-1-verified.png") });

  await addFromCatalogue(page, "ejsg", metformin.name);
  await page.getByLabel(settle.lineQuantity).fill("３"); // a Chinese keyboard's full-width digit
  await expect(page.getByTestId("line-amount")).toHaveText("¥19.50"); // 3 × 6.50
  await page.screenshot({ path: test.info().outputPath("till-2-bill.png") });
  await page.getByRole("button", { name: settle.settle, exact: true }).click();

  const paper = page.getByTestId("receipt-paper");
  await expect(paper).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("till-3-receipt.png") });
  const number = (await page.getByTestId("receipt-number").textContent())!;
  expect(number).toMatch(/^[0-9A-F-]{36}$/);

  const expected = [
    settle.receiptTitle,
    demoFacility(DEMO_TERMINAL.facility).name,
    DEMO_TERMINAL.name,
    chen.maskedName,
    zh.terminal.insuranceType[enrolment.insurance === "resident" ? "resident" : enrolment.status === "retired" ? "employee_retired" : "employee_active"],
    chen.region.name,
    metformin.name,
    settle.classes.A,
    r.quantity, r.unitPrice, r.amount,
    r.total, r.funds, r.fund, r.criticalIllness, r.assistance, r.personal, r.account, r.familyAccount, r.cash,
    r.number, number,
  ];
  // Page widths in points (80 mm, 58 mm, A4); Chromium rounds a page to whole device pixels.
  for (const [paperSize, width, height] of [["roll80", 226.77, null], ["roll58", 164.41, null], ["a4", 595.28, 841.89]] as const) {
    const printed = await printReceipt(page, paperSize, `receipt-${paperSize}`);
    const text = squeeze(printed.text);
    for (const words of expected) expect(text, `${paperSize}: ${words}`).toContain(squeeze(words));
    // The line: quantity 3, unit price 6.50, amount 19.50.
    expect(printed.text).toMatch(/\b3\s+6\.50\s+19\.50\b/);
    // Only the receipt: no field codes, no policy id, nothing of the screen around it.
    for (const absent of ["medfee_sumamt", "hifp_pay", "psn_cash_pay", "CN-350400", zh.terminal.scanLabel, zh.terminal.scanTitle, settle.print, settle.reverseTitle, settle.nextCustomer, settle.paper]) {
      expect(text, `${paperSize} must not print "${absent}"`).not.toContain(squeeze(absent));
    }
    const [pageWidth, pageHeight] = printed.pageSize.split(" x ").map(Number) as [number, number];
    expect(Math.abs(pageWidth - width), `${paperSize} page width ${printed.pageSize}`).toBeLessThan(1);
    if (height !== null) expect(Math.abs(pageHeight - height), `${paperSize} page height ${printed.pageSize}`).toBeLessThan(1);
    // A roll's page is as long as the receipt: one page, cut right after it.
    if (paperSize !== "a4") expect(printed.pages).toBe(1);
    expect(qrOnPage(printed.png), `${paperSize}: the QR reads back as the settlement number`).toBe(number);
  }

  await page.getByLabel(settle.reason).fill("录入错误"); // the cashier's own words, not a text of the app
  await page.getByRole("button", { name: settle.reverse, exact: true }).click();
  await expect(page.getByTestId("receipt-reversed")).toHaveText(r.reversed);
  const reversed = await printReceipt(page, "roll80", "receipt-reversed");
  expect(squeeze(reversed.text)).toContain(squeeze(r.reversed));
  expect(squeeze(reversed.text)).toContain("录入错误");
});

test("in English the terminal names diseases, insurance and the receipt's amounts in English", async ({ page, browser }) => {
  const chen = demoPerson("chen");
  await page.goto("/terminal");
  await page.context().addCookies([{ name: "yb_locale", value: "en", url: new URL(page.url()).origin }]);
  await signInTerminal(page, undefined, en.terminal);
  await scanPersonAtTill(page, browser, "chen", en.terminal);
  const card = page.getByTestId("verified-person");
  await expect(card).toContainText(diseaseName(chen, "diabetes").en);
  await expect(card).not.toContainText(diseaseName(chen, "diabetes").zh);
  await expect(card).not.toContainText("diabetes（");

  await page.getByRole("button", { name: en.terminalSettle.addLine }).click();
  await page.getByLabel(en.terminalSettle.lineName).fill("门诊诊查费"); // the clerk's own words
  await page.getByLabel(en.terminalSettle.lineUnitPrice).fill("12.00");
  await page.getByLabel(en.terminalSettle.visitKind).selectOption("chronic_outpatient");
  await expect(page.getByLabel(en.terminalSettle.disease).locator("option")).toHaveText([diseaseName(chen, "diabetes").en]);
  await page.getByRole("button", { name: en.terminalSettle.settle, exact: true }).click();
  const paper = page.getByTestId("receipt-paper");
  await expect(paper).toContainText(en.terminalSettle.receipt.fund);
  await expect(paper).toContainText(en.terminalSettle.kinds.chronic_outpatient);
  await expect(paper).toContainText(diseaseName(chen, "diabetes").en);
  await page.screenshot({ path: test.info().outputPath("till-receipt-en.png") });
});

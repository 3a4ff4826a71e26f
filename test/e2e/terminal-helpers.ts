import { execFileSync } from "node:child_process";
import { devices, expect, type Browser, type Page } from "@playwright/test";
import { e2eTerminalKey } from "../../playwright.config";
import { demoPerson, zh, type DemoPersonKey } from "./fixtures";
import { phoneShowingCode, readCodeFromScreen } from "./voucher-helpers";

/** The counter's screen is a desktop till, 1280×800. */
export const TILL = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } };

type TerminalWords = typeof zh.terminal;

export async function signInTerminal(page: Page, key = e2eTerminalKey, m: TerminalWords = zh.terminal): Promise<void> {
  await page.goto("/terminal");
  await page.getByLabel(m.keyLabel).fill(key);
  await page.getByRole("button", { name: m.signIn }).click();
}

/** The person shows their code on a phone; the till's USB scanner types it (code, then Enter). */
export async function scanPersonAtTill(page: Page, browser: Browser, person: DemoPersonKey, m: TerminalWords = zh.terminal): Promise<void> {
  const phone = await phoneShowingCode(browser, demoPerson(person).phone);
  const code = await readCodeFromScreen(phone.page);
  await phone.close();
  const scan = page.getByLabel(m.scanLabel);
  await expect(scan).toBeFocused();
  await page.keyboard.insertText(code);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("verified-name")).toHaveText(demoPerson(person).maskedName);
}

/** Adds a catalogue item by its pinyin initials, with the keyboard, as a clerk does. */
export async function addFromCatalogue(page: Page, initials: string, name: string): Promise<void> {
  const search = page.getByRole("combobox", { name: zh.terminalSettle.searchLabel });
  await search.fill(initials);
  await expect(page.getByRole("listbox").getByRole("option").first()).toContainText(name);
  await search.press("ArrowDown");
  await search.press("Enter");
}

/** Fails with the command to run when a PDF tool of Debian's poppler-utils is missing. */
export function pdfTool(name: "pdftotext" | "pdftoppm" | "pdfinfo", args: string[]): string {
  try {
    return execFileSync(name, args, { encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${name} is missing: apt-get install -y poppler-utils`);
    throw error;
  }
}

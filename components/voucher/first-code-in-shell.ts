/**
 * Used by the service worker (app/sw.ts) as it serves the code screen's precached shell: the
 * first code is signed and drawn into the HTML before it reaches the page, so the page paints the
 * code with its very first frame and runs no script for it. All on the phone: the device record
 * from IndexedDB, the non-extractable key signs. The response is made for this request only and
 * is never cached; a shell it cannot draw into is served as it is, and the page draws the code.
 */
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/client";
import { codePanelHtml, shellMessages, shellWithCode } from "./code-panel-html";
import { startEarly } from "./early-start";
import { qrSymbolPath } from "./qr-path";

/** The person's language: the locale cookie, where the worker can read cookies (Cookie Store API). */
async function workerLocale(): Promise<string> {
  const store = (globalThis as { cookieStore?: { get(name: string): Promise<{ value: string } | null> } }).cookieStore;
  const cookie = await store?.get(LOCALE_COOKIE).catch(() => null);
  return toLocale(cookie?.value);
}

export async function shellWithFirstCode(shell: Response, actingFor: boolean): Promise<Response> {
  const [html, early, locale] = await Promise.all([shell.text(), startEarly({ actingFor, encode: qrSymbolPath }).catch(() => null), workerLocale()]);
  const m = shellMessages(html)?.[locale];
  const panel = early?.code && early.symbol && m ? codePanelHtml(early, early.symbol, m) : "";
  const body = panel && early?.code ? shellWithCode(html, panel, { ...early.code, grantId: early.grantId }, locale) : html;
  const headers = new Headers(shell.headers);
  headers.delete("content-length");
  // Made for this request: personal (a masked name), never to be stored anywhere.
  if (body !== html) headers.set("cache-control", "no-store");
  return new Response(body, { status: shell.status, statusText: shell.statusText, headers });
}

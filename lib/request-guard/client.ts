/**
 * The browser's side of the Content-Security-Policy (headers.ts), imported first by every browser
 * bundle: the app (instrumentation-client.ts), the service worker (app/sw.ts) and the code
 * screen's boot script (components/voucher/code-boot.ts).
 *
 * Zod compiles object schemas with `new Function` when it may, and decides whether it may as each
 * object schema is made, by trying; under the policy (no 'unsafe-eval') that try is reported as a
 * violation. Its plain interpreter gives the same answers. This must run before any schema is
 * made, so it is a module of its own, imported before anything that makes schemas.
 */
// zod's core alone (its configuration), not the whole library: a page that makes no schema in
// the browser then loads no zod at all.
import { config } from "zod/v4/core";

config({ jitless: true });

/**
 * The page's CSP nonce, for a style element a screen makes as it runs (the receipt's print rules,
 * which depend on the receipt's measured length). Next.js puts the nonce on its own scripts; the
 * browser hides the attribute but keeps the property. Empty where the page has none (next dev).
 */
export function pageNonce(): string {
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce ?? "";
}

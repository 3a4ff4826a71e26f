/// <reference lib="webworker" />
// First: the worker runs under the site's CSP (no 'unsafe-eval'), so zod without eval.
import "@/lib/request-guard/client";
import { CacheFirst, ExpirationPlugin, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from "serwist";
import { shellWithFirstCode } from "@/components/voucher/first-code-in-shell";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/**
 * What is cached, and why:
 * - the app shell (hashed Next.js assets, icons), the offline page and the code screen's
 *   shell (/voucher, no personal data: the code comes from IndexedDB, and is drawn into the
 *   shell only in the response to each navigation) are precached;
 * - pages and APIs are never cached, because they carry personal data and a shared
 *   kiosk must keep nothing; a failed navigation shows the offline page instead.
 */
/**
 * The code screen opens with its code already drawn: as the precached shell is served for a
 * navigation to /voucher, the first code is signed and drawn into it (first-code-in-shell.ts).
 */
const firstCodeInShell: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ event, cachedResponse }) => {
    const request = (event as FetchEvent | undefined)?.request;
    const url = request ? new URL(request.url) : null;
    if (!cachedResponse || request?.mode !== "navigate" || url?.pathname !== "/voucher") return cachedResponse;
    return shellWithFirstCode(cachedResponse, url.searchParams.has("for"));
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { plugins: [firstCodeInShell] },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "static-assets",
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
    { matcher: /.*/i, handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: [{ url: "/offline", matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();

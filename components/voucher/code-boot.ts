/**
 * The code screen's boot script: the least script that puts the code on screen. Served on its
 * own (app/voucher/code-boot.js/route.ts bundles this file) and precached with the code screen,
 * it runs while the page is still being parsed, long before the app's framework has loaded.
 *
 * - When the service worker served the shell with the first code already drawn into it
 *   (app/sw.ts), it only notes that code for React and reads the device in the background.
 * - Otherwise (no service worker in control yet) it reads the device from IndexedDB, signs the
 *   first code and draws it itself, with the same markup (code-panel-html.ts).
 *
 * React then takes the device and this very code over (early-start.ts) and removes this drawing
 * in the same frame as it shows its own.
 */
// First: zod without eval under the page's CSP, before any module below makes a schema.
import "@/lib/request-guard/client";
import { loadDevice } from "@/lib/voucher";
import { cookieLocale, BOOT_CONTAINER_ID, type BootMessages } from "./code-panel";
import { codePanelHtml, type DrawnCode } from "./code-panel-html";
import { publishCodeBoot, startEarly, type EarlyStart } from "./early-start";
import { QR_DRAWN_MARK } from "./performance-marks";
import { qrSymbolPath } from "./qr-path";

function markDrawn(): void {
  // The frame in which the symbol is first painted.
  requestAnimationFrame(() => performance.mark(QR_DRAWN_MARK));
}

/** The code the service worker drew, with the device React needs to make the next ones. */
async function takeDrawn(drawn: DrawnCode): Promise<EarlyStart> {
  const device = await loadDevice().catch(() => null);
  return { device, code: { text: drawn.text, madeAt: drawn.madeAt }, grantId: drawn.grantId, symbol: null };
}

function boot(): void {
  const container = document.getElementById(BOOT_CONTAINER_ID);
  if (!container) return;
  const locale = cookieLocale(document.cookie);
  document.documentElement.lang = locale;
  const drawn = container.dataset.firstCode;
  let result: Promise<EarlyStart>;
  if (drawn) {
    markDrawn();
    result = takeDrawn(JSON.parse(drawn) as DrawnCode);
  } else {
    const m = (JSON.parse(container.dataset.messages ?? "{}") as Record<string, BootMessages>)[locale];
    result = startEarly({ actingFor: new URLSearchParams(location.search).has("for"), encode: qrSymbolPath }).then((early) => {
      const panel = m && early.symbol && container.isConnected ? codePanelHtml(early, early.symbol, m) : "";
      if (panel) {
        container.innerHTML = panel;
        markDrawn();
      }
      return early;
    });
  }
  publishCodeBoot({ result, release: () => container.replaceChildren(), encode: qrSymbolPath });
}

boot();

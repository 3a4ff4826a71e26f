/**
 * The first code as HTML, before React runs: drawn into the code screen's shell by the service
 * worker as it serves the precached page (app/sw.ts), or by the boot script (code-boot.ts) when
 * no service worker did. Same markup and classes as the React screen's top (code-panel.ts), so
 * the takeover moves nothing. A string, not DOM: the service worker has no document.
 */
import { format } from "@/lib/i18n/client";
import type { StoredDevice } from "@/lib/voucher";
import { clockTime } from "./clock-time";
import { BOOT_CONTAINER_ID, codePanelClasses as c, qrLabel, whoseOptions, type BootMessages } from "./code-panel";
import type { EarlyStart, ShownCode } from "./early-start";
import type { QrSymbolGeometry } from "./qr-path";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => Object.entries(ESCAPES).find(([, e]) => e === entity)![0]);
}

const tag = (name: string, className: keyof typeof c, inner: string, attributes = "") => `<${name} class="${c[className]}"${attributes}>${inner}</${name}>`;

function symbolSvg(symbol: QrSymbolGeometry, label: string): string {
  const size = symbol.size;
  return (
    `<svg viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeHtml(label)}" shape-rendering="crispEdges" class="${c.qr}" data-qr-version="${symbol.version}">` +
    `<rect width="${size}" height="${size}" fill="#ffffff"></rect><path d="${symbol.path}" fill="#000000"></path></svg>`
  );
}

/** The relatives' choice as the React screen shows it (not yet interactive: React takes over in moments). */
function whoseFieldset(device: StoredDevice, grantId: string | null, m: BootMessages): string {
  const options = whoseOptions(device, m);
  if (options.length < 2) return "";
  const radios = options
    .map((o) => tag("label", "whoseOption", `<input type="radio" class="${c.whoseRadio}" name="whose-code-boot" disabled${o.id === grantId ? " checked" : ""}>${o.template.split("{name}").map(escapeHtml).join(`<span lang="zh-CN">${escapeHtml(o.name)}</span>`)}`))
    .join("");
  return tag("fieldset", "whoseFieldset", tag("legend", "whoseLegend", escapeHtml(m.whose.label)) + tag("div", "whoseOptions", radios));
}

/** The panel for a code already signed, or "" when there is none to show. */
export function codePanelHtml(early: EarlyStart, symbol: QrSymbolGeometry, m: BootMessages): string {
  const { device, code, grantId } = early;
  if (!device || !code) return "";
  const name = grantId ? (device.grants.find((g) => g.grantId === grantId)?.maskedName ?? "") : (device.maskedName ?? "");
  const time = clockTime(code.madeAt);
  const cue = tag("div", "cue", tag("div", "cueTrack", `<span class="${c.cueBand}"></span>`, ' aria-hidden="true"') + tag("p", "cueLabel", escapeHtml(m.liveCue)));
  return tag(
    "div",
    "column",
    whoseFieldset(device, grantId, m) +
      tag("p", "name", escapeHtml(name), ' lang="zh-CN"') +
      tag("p", "counterHint", escapeHtml(m.showAtCounter)) +
      tag("div", "qrFrame", symbolSvg(symbol, qrLabel(m, name, time))) +
      cue +
      tag("p", "madeAt", escapeHtml(format(m.madeAt, { time }))),
  );
}

/** The code a drawn panel shows, as the shell carries it for the React screen to take over. */
export interface DrawnCode extends ShownCode {
  grantId: string | null;
}

/** The boot element as the shell has it: `<div id="voucher-boot" …></div>`. */
const EMPTY_CONTAINER = new RegExp(`<div id="${BOOT_CONTAINER_ID}"([^>]*)></div>`);

/** The boot element's messages, read from the shell's HTML (the service worker has no DOM). */
export function shellMessages(html: string): Record<string, BootMessages> | null {
  const attributes = EMPTY_CONTAINER.exec(html)?.[1] ?? "";
  const json = /data-messages="([^"]*)"/.exec(attributes)?.[1];
  if (!json) return null;
  try {
    return JSON.parse(unescapeHtml(json)) as Record<string, BootMessages>;
  } catch {
    return null;
  }
}

/** The shell with the panel drawn into its boot element and the code it shows noted on it. */
export function shellWithCode(html: string, panel: string, code: DrawnCode, locale: string): string {
  if (!panel) return html;
  const noted = escapeHtml(JSON.stringify(code));
  return html
    .replace(EMPTY_CONTAINER, (_, attributes: string) => `<div id="${BOOT_CONTAINER_ID}"${attributes} data-first-code="${noted}">${panel}</div>`)
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(locale)}"`);
}

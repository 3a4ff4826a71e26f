import { describe, expect, test } from "vitest";
import { bootMessages } from "@/components/voucher/code-panel";
import { codePanelHtml, shellMessages, shellWithCode } from "@/components/voucher/code-panel-html";
import { qrSymbolPath } from "@/components/voucher/qr-path";
import { getMessages } from "@/lib/i18n/catalogue";
import type { StoredDevice } from "@/lib/voucher/device-store";

const m = { "zh-CN": bootMessages(getMessages("zh-CN").voucher), en: bootMessages(getMessages("en").voucher) };
const escapedMessages = JSON.stringify(m).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
// The code screen's shell as React renders it: the boot element is empty.
const shell = `<!DOCTYPE html><html lang="zh-CN"><body><main><div id="voucher-boot" class="contents" data-messages="${escapedMessages}"></div><script src="/voucher/code-boot.js"></script></main></body></html>`;

function device(overrides: Partial<StoredDevice> = {}): StoredDevice {
  return {
    deviceId: "6f1c1f8e-9f4d-4c57-9d0a-2f6f5b3c2a11",
    userId: "u",
    voucherId: "0b9e3a5e-7c1d-4f0a-8c2b-1d2e3f4a5b6c",
    maskedName: "林*英",
    setUpAt: "2026-11-01T00:00:00Z",
    privateKey: {} as CryptoKey,
    grants: [],
    ...overrides,
  };
}

const code = { text: "YB1:ABC 123", madeAt: new Date(2026, 10, 23, 9, 30, 5).getTime() };

describe("the first code drawn before React", () => {
  test("the service worker reads the messages back from the shell it serves", () => {
    expect(shellMessages(shell)).toEqual(m);
    expect(shellMessages("<html><body>no boot element</body></html>")).toBeNull();
  });

  test("draws the symbol, the name, the counter hint and the time made, as the React screen does", () => {
    const html = codePanelHtml({ device: device(), code, grantId: null, symbol: null }, qrSymbolPath(code.text), m["zh-CN"]);
    // Whose code: the name above the symbol, marked as Chinese; the symbol's name says whose and when it was made.
    expect(html).toContain('<p class="text-2xl font-bold tracking-wide" lang="zh-CN">林*英</p>');
    expect(html).toContain('role="img" aria-label="林*英的医保码，生成于 09:30:05"');
    expect(html).toContain(">请向收款员出示此码<");
    expect(html).toContain(">生成于 09:30:05<");
    expect(html).not.toContain("fieldset");
  });

  test("a relative's code under a grant shows the relative's name and the choice of whose code", () => {
    const grants = [{ grantId: "1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6", voucherId: "2d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6", maskedName: "周*雨" }];
    const html = codePanelHtml({ device: device({ voucherId: null, grants: [...grants, { ...grants[0]!, grantId: "3d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6", maskedName: "周*华" }] }), code, grantId: grants[0]!.grantId, symbol: null }, qrSymbolPath(code.text), m.en);
    expect(html).toContain('aria-label="Insurance code of 周*雨, made at 09:30:05"');
    expect(html).toContain('lang="zh-CN">周*雨</p>');
    expect(html).toMatch(/<legend[^>]*>Whose code to show<\/legend>/);
    expect(html).toMatch(/disabled checked><span lang="zh-CN">周\*雨<\/span>/);
  });

  test("text from the device record is escaped, never markup", () => {
    const html = codePanelHtml({ device: device({ maskedName: '<img src=x onerror="alert(1)">' }), code, grantId: null, symbol: null }, qrSymbolPath(code.text), m.en);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  test("the shell gets the panel inside its boot element, the code noted for React, and the person's language", () => {
    const panel = codePanelHtml({ device: device(), code, grantId: null, symbol: null }, qrSymbolPath(code.text), m.en);
    const served = shellWithCode(shell, panel, { ...code, grantId: null }, "en");
    expect(served).toContain('<html lang="en"');
    const boot = /<div id="voucher-boot"([^>]*)>([\s\S]*?)<\/div><script/.exec(served);
    expect(boot?.[2]).toContain(panel);
    const noted = /data-first-code="([^"]*)"/.exec(boot![1]!)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    expect(JSON.parse(noted)).toEqual({ ...code, grantId: null });
    // Nothing to draw: the shell is served as it is.
    expect(shellWithCode(shell, "", { ...code, grantId: null }, "en")).toBe(shell);
  });
});

import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, screenActionForm, screenActionText, screenOrigin, screenUrl, securityHeaders } from "@/lib/request-guard";

function multipart(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

describe("requests no route can read", () => {
  test.each([
    ["/api/v1/me/settlements/%E0%A4%A", 400],
    ["/entitlements/settlements/%ZZ", 400],
    ["/api/v1/catalogue/search?q=a%00b", 400],
    ["/api/v1/catalogue/search?q=%E9%98%BF%E5%8D%A1", null],
    ["/sign-in", null],
  ])("%s → %s", (path, status) => {
    expect(screenUrl(new URL(path, "http://x"))?.status ?? null).toBe(status);
  });

  test("server-action text bodies: what the app's scripts send passes; what React cannot decode is refused", () => {
    expect(screenActionText('[null,"$K1"]')).toBeNull();
    expect(screenActionText('["$undefined",{"a":"$D2026-03-01T00:00:00.000Z","b":"$n123","c":"$$literal"}]')).toBeNull();
    for (const body of ["not json{", '["$K99","$Q1"]', '["$nabc"]', '["$1"]', '["$@2"]', '["$h0"]', "{}", "[".repeat(40) + "]".repeat(40)]) {
      expect(screenActionText(body), body).toMatchObject({ status: 400, code: "invalid_request" });
    }
  });

  test("server-action multipart bodies: parts must be JSON whose references resolve", () => {
    expect(screenActionForm(multipart({ "0": '["$@1","$K2"]', "1": '{"ok":true}', "2_phone": "13800000001" }))).toBeNull();
    expect(screenActionForm(multipart({ "0": '["$1:values:phone"]', "1": '{"values":{"phone":"x"}}' }))).toBeNull();
    expect(screenActionForm(multipart({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"abc","bound":null}', phone: "x" }))).toBeNull();
    expect(screenActionForm(multipart({ "0": '["$3"]' }))).toMatchObject({ status: 400, code: "invalid_request" });
    expect(screenActionForm(multipart({ "0": '["$1:missing:key"]', "1": "{}" }))).toMatchObject({ status: 400, code: "invalid_request" });
    expect(screenActionForm(multipart({ "0": "{broken" }))).toMatchObject({ status: 400, code: "invalid_request" });
    expect(screenActionForm(multipart({ "$ACTION_1:0": "{bad" }))).toMatchObject({ status: 400, code: "invalid_request" });
  });

  test("a server action from another origin is refused with 403, not Next.js's 500", () => {
    expect(screenOrigin("http://evil.example", "127.0.0.1:3000")).toEqual({ status: 403, code: "forbidden" });
    expect(screenOrigin("http://127.0.0.1:3000", "127.0.0.1:3000")).toBeNull();
    expect(screenOrigin(null, "127.0.0.1:3000")).toBeNull();
  });
});

describe("security headers", () => {
  test("the CSP allows scripts only from this site or with the nonce, and nothing may frame the site", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/ 'unsafe-eval'|'unsafe-inline' 'self'|script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("abc123", true)).toContain("upgrade-insecure-requests");
  });

  test("the camera only on the terminal and the kiosk; HSTS only on https", () => {
    expect(securityHeaders("/sign-in", false)["Permissions-Policy"]).toContain("camera=()");
    expect(securityHeaders("/terminal", false)["Permissions-Policy"]).toContain("camera=(self)");
    expect(securityHeaders("/kiosk/estimate", false)["Permissions-Policy"]).toContain("camera=(self)");
    expect(securityHeaders("/terminally-ill", false)["Permissions-Policy"]).toContain("camera=()");
    expect(securityHeaders("/", false)["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders("/", true)["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });
});

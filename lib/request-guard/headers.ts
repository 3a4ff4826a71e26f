/**
 * The security headers of every response (set by proxy.ts): a Content-Security-Policy with a
 * nonce made per request, and the headers around it. docs/security.md, "Headers".
 */

/** Where browsers send CSP violation reports (app/api/v1/csp-report). */
export const CSP_REPORT_PATH = "/api/v1/csp-report";

/** Screens that use the camera to scan codes; no other screen may ask for it. */
const CAMERA_PATHS = ["/terminal", "/kiosk"];

/**
 * Scripts: this site's own files, and inline scripts only with this response's nonce (Next.js
 * puts it on its own). 'wasm-unsafe-eval' lets the QR decoder's worker (which inherits this
 * policy) compile its WebAssembly; it allows no eval of JavaScript. Styles: this site's own
 * stylesheets; inline style attributes only (React's width bars), never inline style elements
 * without the nonce. Nothing may frame the site, and forms post only to it.
 */
export function contentSecurityPolicy(nonce: string, httpsOrigin: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'wasm-unsafe-eval'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
  ];
  if (httpsOrigin) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

function usesCamera(pathname: string): boolean {
  return CAMERA_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** The headers every response carries, besides the CSP. */
export function securityHeaders(pathname: string, httpsOrigin: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": `camera=${usesCamera(pathname) ? "(self)" : "()"}, microphone=(), geolocation=(), payment=(), usb=()`,
  };
  // Only when the public origin is https: a browser that saw it on plain http would be stuck.
  if (httpsOrigin) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/** A nonce for one response: 128 random bits. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

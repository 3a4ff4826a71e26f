import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { errorTexts, type Failure } from "@/lib/i18n";
import {
  ACTION_BODY_LIMIT, contentSecurityPolicy, newNonce, screenActionForm, screenActionText, screenOrigin, screenUrl, securityHeaders, type Refusal,
} from "@/lib/request-guard";

/**
 * Before every request (static build files aside): requests no route can read get a 4xx here
 * (lib/request-guard), and every response gets its security headers, with a fresh CSP nonce that
 * Next.js puts on its own scripts (it reads it from the request's Content-Security-Policy).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const refusal = screenUrl(request.nextUrl) ?? (await screenServerAction(request));
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, env.httpsOrigin);
  const response = refusal ? refused(refusal) : forward(request, nonce, csp);
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders(request.nextUrl.pathname, env.httpsOrigin))) response.headers.set(name, value);
  return response;
}

function forward(request: NextRequest, nonce: string, csp: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers } });
}

/** The one JSON error body of every route (docs/api.md). */
function refused(refusal: Refusal): NextResponse {
  const failure: Failure = refusal.code === "invalid_request" ? { code: refusal.code, params: { fields: refusal.fields } } : { code: refusal.code, params: {} };
  return NextResponse.json({ error: { code: refusal.code, message: errorTexts(failure) } }, { status: refusal.status, headers: { "Cache-Control": "no-store" } });
}

/** A server action: a POST to a page, named by its Next-Action header or a form post's $ACTION_ fields. */
async function screenServerAction(request: NextRequest): Promise<Refusal | null> {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return null;
  const type = request.headers.get("content-type") ?? "";
  const jsCall = request.headers.has("next-action");
  const formPost = /^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type);
  if (!jsCall && !formPost) return null;
  const origin = screenOrigin(request.headers.get("origin"), request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  if (origin) return origin;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > ACTION_BODY_LIMIT) return { status: 413, code: "request_too_large" };
  if (/^multipart\/form-data/i.test(type)) {
    const form = await request.formData().catch(() => null);
    return form ? screenActionForm(form) : { status: 400, code: "invalid_request", fields: "body" };
  }
  if (jsCall && !/^application\/x-www-form-urlencoded/i.test(type)) {
    const text = await request.text().catch(() => null);
    if (text === null) return { status: 400, code: "invalid_request", fields: "body" };
    if (Buffer.byteLength(text) > ACTION_BODY_LIMIT) return { status: 413, code: "request_too_large" };
    return screenActionText(text);
  }
  return null;
}

export const config = {
  // Everything but the build's hashed files (scripts, styles, the QR decoder's chunks).
  matcher: ["/((?!_next/static/).*)"],
};

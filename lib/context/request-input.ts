import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { KIOSK_KEY_COOKIE } from "@/lib/kiosk";
import type { ClientFacts } from "./types";

/** The framework's input for one request: its cookies and headers, however they arrived. */
export interface RequestInput {
  cookie(name: string): string | undefined;
  header(name: string): string | null;
}

/** Pages and server actions: the request as Next.js hands it over. */
export async function frameworkInput(): Promise<RequestInput> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return { cookie: (name) => cookieStore.get(name)?.value, header: (name) => headerList.get(name) };
}

/** Route handlers: the Request itself (its Cookie header). */
export function requestInput(request: Request): RequestInput {
  const jar = new Map<string, string>();
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) {
      const name = part.slice(0, at).trim();
      if (!jar.has(name)) jar.set(name, decodeURIComponent(part.slice(at + 1).trim()));
    }
  }
  return { cookie: (name) => jar.get(name), header: (name) => request.headers.get(name) };
}

/**
 * The client's address (first X-Forwarded-For hop, or X-Real-IP: without a proxy all clients
 * share one bucket), its browser, whether it came over HTTPS, and the origin passkeys are bound
 * to (APP_ORIGIN wins, behind a proxy that rewrites Host; browsers allow passkeys only on a
 * domain name, localhost included).
 */
export function clientFacts(input: RequestInput): ClientFacts {
  const forwarded = input.header("x-forwarded-for")?.split(",")[0]?.trim();
  const address = (forwarded || input.header("x-real-ip") || "unknown").slice(0, 64);
  const secure = input.header("x-forwarded-proto") === "https" || (input.header("origin") ?? "").startsWith("https://");
  let url: URL;
  if (env.APP_ORIGIN) url = new URL(env.APP_ORIGIN);
  else {
    const host = input.header("x-forwarded-host") ?? input.header("host") ?? "localhost";
    const scheme = input.header("x-forwarded-proto") ?? "http";
    url = new URL(`${scheme}://${host}`);
  }
  return { address, userAgent: input.header("user-agent"), secure, origin: url.origin, hostname: url.hostname, kioskKey: input.cookie(KIOSK_KEY_COOKIE) ?? null };
}

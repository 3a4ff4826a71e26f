import "server-only";
import { cookies, headers } from "next/headers";
import { DEVICE_COOKIE } from "@/lib/auth";
import { env } from "@/lib/env";
import { KIOSK_KEY_COOKIE } from "@/lib/kiosk";
import { fromLoopback, peerFacts } from "./client-address";
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
      if (!jar.has(name)) jar.set(name, decodeCookieValue(part.slice(at + 1).trim()));
    }
  }
  return { cookie: (name) => jar.get(name), header: (name) => request.headers.get(name) };
}

/** A cookie's value as the browser sent it; a value that is not valid percent-encoding is kept as sent. */
function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The client's address under the trust model of client-address.ts (the socket's peer, or the
 * client a trusted proxy names), its browser, whether it came over HTTPS (APP_ORIGIN is https,
 * or a trusted proxy says so), and the origin passkeys are bound to (APP_ORIGIN wins; browsers
 * allow passkeys only on a domain name, localhost included).
 */
export function clientFacts(input: RequestInput): ClientFacts {
  const peer = peerFacts((name) => input.header(name));
  const forwarded = (name: string) => (peer.viaTrustedProxy ? input.header(name)?.split(",")[0]?.trim() || null : null);
  const secure = env.httpsOrigin || forwarded("x-forwarded-proto") === "https";
  let url: URL;
  try {
    url = env.APP_ORIGIN ? new URL(env.APP_ORIGIN) : new URL(`${forwarded("x-forwarded-proto") ?? "http"}://${forwarded("x-forwarded-host") ?? input.header("host") ?? "localhost"}`);
  } catch {
    url = new URL("http://localhost");
  }
  return {
    address: peer.address,
    fromLoopback: fromLoopback(peer),
    userAgent: input.header("user-agent"),
    secure,
    origin: url.origin,
    hostname: url.hostname,
    kioskKey: input.cookie(KIOSK_KEY_COOKIE) ?? null,
    device: input.cookie(DEVICE_COOKIE) ?? null,
  };
}

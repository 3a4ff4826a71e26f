import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The WebAuthn relying party: the site's host name and origin, as the browser sees them. */
export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

/**
 * APP_ORIGIN wins (behind a proxy that rewrites Host); otherwise the request's own host and scheme.
 * Browsers only allow passkeys on a domain name (localhost included), never on a bare IP address.
 */
export async function currentRelyingParty(): Promise<RelyingParty> {
  if (env.APP_ORIGIN) {
    const url = new URL(env.APP_ORIGIN);
    return { id: url.hostname, origin: url.origin, name: "医保通 Yibao Pass" };
  }
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const scheme = h.get("x-forwarded-proto") ?? "http";
  const url = new URL(`${scheme}://${host}`);
  return { id: url.hostname, origin: url.origin, name: "医保通 Yibao Pass" };
}

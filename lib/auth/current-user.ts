import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { findSession, SESSION_COOKIE, type SessionUser } from "./sessions";

/** The signed-in account for this request, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const { db } = await getDb();
  return findSession(db, token, new Date());
});

/** For pages: the signed-in account, or a redirect to sign-in. */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** Cookies are Secure whenever the request came over HTTPS (directly or through a proxy). */
export async function isSecureRequest(): Promise<boolean> {
  const h = await headers();
  return h.get("x-forwarded-proto") === "https" || (h.get("origin") ?? "").startsWith("https://");
}

/**
 * The client's address as reported by the proxy in front of the app (first X-Forwarded-For hop,
 * or X-Real-IP). Without a proxy there is no such header and all clients share one bucket.
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || h.get("x-real-ip") || "unknown").slice(0, 64);
}

import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db/client";
import { isDomainError } from "@/lib/errors/domain-error";
import { authenticateTerminal, type AuthenticatedTerminal } from "./terminal-key";

/**
 * The terminal page's session: the terminal key in an httpOnly, SameSite=Strict cookie
 * scoped to /terminal. Page script cannot read it (an injected script could not steal the
 * key), it is never in a URL, and it expires after a shift. The key is checked against its
 * hash on every request, so revoking the terminal ends the session at once.
 */
export const TERMINAL_COOKIE = "yb_terminal";
export const TERMINAL_COOKIE_PATH = "/terminal";
export const TERMINAL_SESSION_SECONDS = 12 * 60 * 60;

/** The terminal signed in on this browser, or null (no cookie, or a key no longer valid). */
export async function getCookieTerminal(): Promise<AuthenticatedTerminal | null> {
  const key = (await cookies()).get(TERMINAL_COOKIE)?.value;
  if (!key) return null;
  const { db } = await getDb();
  try {
    return await authenticateTerminal(db, key);
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

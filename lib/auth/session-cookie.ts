import "server-only";
import { cookies } from "next/headers";
import { isSecureRequest } from "./current-user";
import { SESSION_COOKIE } from "./sessions";

/**
 * Puts a new sign-in session in the browser: httpOnly, sent on top-level navigations from
 * other sites (lax) so links into the app keep the person signed in, secure on HTTPS, and
 * gone when the server-side session expires. Kiosk sessions use their own, stricter cookie.
 */
export async function setSessionCookie(session: { token: string; expiresAt: Date }): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isSecureRequest(),
    path: "/",
    expires: session.expiresAt,
  });
}

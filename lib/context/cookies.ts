import "server-only";
import { cookies } from "next/headers";
import { DEVICE_COOKIE, DEVICE_COOKIE_SECONDS, SESSION_COOKIE } from "@/lib/auth";
import { env } from "@/lib/env";
import { LOCALE_COOKIE } from "@/lib/i18n";
import { KIOSK_KEY_COOKIE } from "@/lib/kiosk";

/**
 * Every cookie the app writes, in one place. Reading them is the request context's job
 * (index.ts); writing them is what a few actions and the acting-for route are for.
 */
export { SESSION_COOKIE, KIOSK_KEY_COOKIE, LOCALE_COOKIE, DEVICE_COOKIE };

/** Easy mode (大字简洁模式) is remembered on the device, so the server renders it without a flash. */
export const EASY_MODE_COOKIE = "yb_easy";

/**
 * The terminal page's session: the terminal key in an httpOnly, SameSite=Strict cookie scoped
 * to /terminal. Page script cannot read it, it is never in a URL, it expires after a shift, and
 * the key is checked against its hash on every request, so revoking the terminal ends it at once.
 */
export const TERMINAL_COOKIE = "yb_terminal";
export const TERMINAL_COOKIE_PATH = "/terminal";
export const TERMINAL_SESSION_SECONDS = 12 * 60 * 60;

/**
 * Whom the account is acting for: a person id, chosen on home's switcher (or by a link's
 * `?for=`). It is a choice, not a permission: the context authorises it again on every request,
 * for that screen's scope, so an ended grant is refused on the next request. It lives as long as
 * the browser session and goes on sign-out and sign-in.
 */
export const ACTING_FOR_COOKIE = "yb_for";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * A new sign-in session: httpOnly, sent on top-level navigations from other sites (lax) so links
 * into the app keep the person signed in, Secure on HTTPS, gone when the server-side session
 * expires. Any earlier acting-for choice on this browser goes with the old session.
 */
export async function setSessionCookie(session: { token: string; expiresAt: Date }, secure: boolean): Promise<void> {
  const jar = await cookies();
  jar.set(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: session.expiresAt });
  jar.delete(ACTING_FOR_COOKIE);
}

/** A kiosk's session cookie has no expiry: it goes when the browser closes, and the server ends it sooner. */
export async function setKioskSessionCookie(token: string, secure: boolean): Promise<void> {
  const jar = await cookies();
  jar.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "strict", secure, path: "/" });
  jar.delete(ACTING_FOR_COOKIE);
}

/** Signing out: the session and the acting-for choice. */
export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
  jar.delete(ACTING_FOR_COOKIE);
}

export async function setTerminalCookie(key: string, secure: boolean): Promise<void> {
  (await cookies()).set(TERMINAL_COOKIE, key, { httpOnly: true, sameSite: "strict", secure, path: TERMINAL_COOKIE_PATH, maxAge: TERMINAL_SESSION_SECONDS });
}

export async function clearTerminalCookie(): Promise<void> {
  (await cookies()).delete({ name: TERMINAL_COOKIE, path: TERMINAL_COOKIE_PATH });
}

/** The kiosk's terminal key identifies the machine, never a person. */
export async function setKioskKeyCookie(key: string, secure: boolean): Promise<void> {
  (await cookies()).set(KIOSK_KEY_COOKIE, key, { httpOnly: true, sameSite: "strict", secure, path: "/kiosk", maxAge: YEAR_SECONDS });
}

/**
 * The browser's sign-in device id (lib/auth device.ts): httpOnly, for the whole site (the sign-in
 * page and the kiosk both sign people in), long-lived, because sign-in limits count per phone
 * and browser.
 */
export async function setDeviceCookie(value: string, secure: boolean): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, value, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: DEVICE_COOKIE_SECONDS });
}

/** The language and easy mode belong to the device: a year, readable by the page's script. */
export async function setPreferenceCookie(name: typeof LOCALE_COOKIE | typeof EASY_MODE_COOKIE, value: string): Promise<void> {
  (await cookies()).set(name, value, { path: "/", maxAge: YEAR_SECONDS, sameSite: "lax", httpOnly: false, secure: env.httpsOrigin });
}

"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "./locales";

/** Remembers the chosen language for a year. Works as a plain form post without JavaScript. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: false,
  });
}

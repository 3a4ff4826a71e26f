import "server-only";
import { cookies } from "next/headers";
import { getMessages } from "./catalogue";
import { LOCALE_COOKIE, toLocale, type Locale } from "./locales";

export async function getLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getServerMessages() {
  const locale = await getLocale();
  return { locale, m: getMessages(locale) };
}

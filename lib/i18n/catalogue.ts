import type { Locale } from "./locales";
import { common } from "./messages/common";
import { home } from "./messages/home";
import { offline } from "./messages/offline";
import { signIn } from "./messages/sign-in";

/**
 * The message catalogue: one file per screen under messages/, zh-CN first.
 * Add a namespace here when a screen gets its own file.
 */
const namespaces = { common, home, offline, signIn };

type Namespaces = typeof namespaces;
export type Messages = { [K in keyof Namespaces]: Namespaces[K]["zh"] };

const zh = Object.fromEntries(Object.entries(namespaces).map(([k, v]) => [k, v.zh])) as Messages;
const en = Object.fromEntries(Object.entries(namespaces).map(([k, v]) => [k, v.en])) as Messages;

export function getMessages(locale: Locale): Messages {
  return locale === "en" ? en : zh;
}

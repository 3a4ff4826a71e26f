import "server-only";
import { getDb } from "@/lib/db";
import type { Db } from "@/lib/db";
import { getMessages, LOCALE_COOKIE, toLocale, type Locale, type Messages } from "@/lib/i18n";
import { EASY_MODE_COOKIE } from "./cookies";
import { clientFacts, type RequestInput } from "./request-input";
import type { ClientFacts } from "./types";

/** The device's preferences and the client's facts: what a shell needs, without the database. */
export interface Preferences {
  locale: Locale;
  m: Messages;
  client: ClientFacts;
  /** This device asked for easy mode (大字简洁模式). */
  easyMode: boolean;
}

export interface BaseContext extends Preferences {
  db: Db;
  /** The request's one clock reading. */
  now: Date;
}

export function preferences(input: RequestInput): Preferences {
  const locale = toLocale(input.cookie(LOCALE_COOKIE));
  return { locale, m: getMessages(locale), client: clientFacts(input), easyMode: input.cookie(EASY_MODE_COOKIE) === "1" };
}

/**
 * The words of a request about `subject`: the person's own (您, "my"), or — acting for a relative
 * or a dependant child — words that name them (TA, their masked name). Chosen once per request,
 * with the subject, so no screen has to (lib/i18n/subject.ts).
 */
export function messagesAbout(locale: Locale, subject: { via: "self" | "guardian" | "grant"; maskedName: string } | null): Messages {
  return getMessages(locale, subject === null || subject.via === "self" ? null : { name: subject.maskedName });
}

/** What every entry point's context starts from: the database, one clock reading, the language. */
export async function baseContext(input: RequestInput): Promise<BaseContext> {
  const { db } = await getDb();
  return { ...preferences(input), db, now: new Date() };
}

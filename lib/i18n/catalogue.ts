import type { Locale } from "./locales";
import { alerts } from "./messages/alerts";
import { clinic } from "./messages/clinic";
import { entitlements } from "./messages/entitlements";
import { estimate } from "./messages/estimate";
import { common } from "./messages/common";
import { home } from "./messages/home";
import { ledger } from "./messages/ledger";
import { offline } from "./messages/offline";
import { security } from "./messages/security";
import { signIn } from "./messages/sign-in";
import { devices } from "./messages/devices";
import { terminal } from "./messages/terminal";
import { terminalSettle } from "./messages/terminal-settle";
import { voucher } from "./messages/voucher";
import { family } from "./messages/family";
import { kiosk } from "./messages/kiosk";
import { easy } from "./messages/easy";
import { errors } from "./messages/errors";
import { policySources } from "./messages/policy-sources";
import { localize } from "./localize";
import { resolveSubject, type Resolved, type WordsSubject } from "./subject";

/**
 * The message catalogue: one file per screen under messages/, zh-CN first.
 * Add a namespace here when a screen gets its own file.
 */
const namespaces = { common, home, offline, signIn, clinic, voucher, devices, terminal, terminalSettle, alerts, entitlements, security, ledger, estimate, family, kiosk, easy, errors, policySources };

type Namespaces = typeof namespaces;
type Written = { [K in keyof Namespaces]: Namespaces[K]["zh"] };
export type Messages = Resolved<Written>;

const zhWritten = Object.fromEntries(Object.entries(namespaces).map(([k, v]) => [k, v.zh])) as Written;
const enWritten = Object.fromEntries(Object.entries(namespaces).map(([k, v]) => [k, v.en])) as Written;
// The person's own words, made once: most requests are about the person themself.
const zh = resolveSubject(zhWritten, null);
const en = resolveSubject(enWritten, null);

/**
 * The catalogue in `locale`, about `subject`: the person themself (the default), or a relative
 * the account acts for, whom the subject-dependent messages then name (lib/i18n/subject.ts).
 */
export function getMessages(locale: Locale, subject: WordsSubject = null): Messages {
  if (subject === null) return localize(locale, zh, en);
  return resolveSubject(localize(locale, zhWritten, enWritten), subject);
}

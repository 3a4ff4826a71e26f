import { personId, seedPeople } from "@/lib/db/seed/people";
import { getMessages } from "@/lib/i18n/catalogue";
import { format } from "@/lib/i18n/locales";
import { maskName } from "@/lib/privacy/mask";

/**
 * What end-to-end tests read instead of copying literals: the words from the message
 * catalogue (so a copy edit changes one place) and the people from the demo seed.
 */
export const zh = getMessages("zh-CN");
export const en = getMessages("en");
export { format };

export type DemoPersonKey = "chen" | "lin" | "huang" | "liu" | "wang" | "zhou-wei" | "wu-jing" | "zhou-yu" | "zhou-gh" | "zhao";

export interface DemoPerson {
  key: DemoPersonKey;
  personId: string;
  name: string;
  /** As every screen shows it (陈建国 → 陈*国). */
  maskedName: string;
  /** The sign-in phone number; the child has none. */
  phone: string;
}

/** A demo person of the seed, by the seed's key. */
export function demoPerson(key: DemoPersonKey): DemoPerson {
  const id = personId(key);
  const person = seedPeople.find((p) => p.id === id);
  if (!person) throw new Error(`no demo person ${key}`);
  return { key, personId: id, name: person.name, maskedName: maskName(person.name), phone: person.phone ?? "" };
}

/** A regular expression that matches `text` literally (for role names and text locators). */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

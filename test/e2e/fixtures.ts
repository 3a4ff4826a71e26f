import { maskPhone } from "@/lib/auth/phone";
import { catalogueItems } from "@/lib/catalogue/client";
import { facilityId, seedFacilities } from "@/lib/seed/facilities";
import { personId, seedEnrolments, seedFilings, seedPeople } from "@/lib/seed/people";
import { seedRegions } from "@/lib/seed/regions";
import { getMessages } from "@/lib/i18n/catalogue";
import { relativeLabel } from "@/lib/i18n/relation-words";
import { formatDay, formatInstant } from "@/lib/i18n/display";
import { format, type Locale } from "@/lib/i18n/locales";
import { maskName } from "@/lib/privacy/mask";
import { getPolicy } from "@/lib/reimbursement";

/**
 * What end-to-end tests read instead of copying literals: the words from the message
 * catalogue (so a copy edit changes one place) and the people, places and items from the demo seed.
 */
export const zh = getMessages("zh-CN");
export const en = getMessages("en");
export { format };

export type DemoPersonKey = "chen" | "lin" | "huang" | "liu" | "wang" | "zhou-wei" | "wu-jing" | "zhou-yu" | "zhou-gh" | "zhao";

type SeedRegion = (typeof seedRegions)[number];

export interface DemoPerson {
  key: DemoPersonKey;
  personId: string;
  name: string;
  /** As every screen shows it (陈建国 → 陈*国). */
  maskedName: string;
  /** The sign-in phone number; the child has none. */
  phone: string;
  /** As the family screens show it (138****0001). */
  maskedPhone: string;
  gender: "female" | "male";
  /** The region of the person's enrolment. */
  region: SeedRegion;
}

/** A demo person of the seed, by the seed's key. */
export function demoPerson(key: DemoPersonKey): DemoPerson {
  const id = personId(key);
  const person = seedPeople.find((p) => p.id === id);
  const enrolment = seedEnrolments.find((e) => e.personId === id);
  const region = seedRegions.find((r) => r.code === enrolment?.regionCode);
  if (!person || !region) throw new Error(`no demo person ${key}`);
  const phone = person.phone ?? "";
  return { key, personId: id, name: person.name, maskedName: maskName(person.name), phone, maskedPhone: maskPhone(phone), gender: person.gender, region };
}

/** The catalogue as a request acting for `person` reads it: the words that name them (TA, their masked name). */
export function aboutRelative(person: DemoPerson, locale: Locale = "zh-CN") {
  return getMessages(locale, { name: person.maskedName });
}

/** How the family screens name `person` who is the reader's `relation`: "周*华（父亲）". */
export function named(person: DemoPerson, relation: string, locale: Locale = "zh-CN"): string {
  return relativeLabel({ maskedName: person.maskedName, gender: person.gender, relation }, getMessages(locale).family);
}

/** A demo facility, by the seed's key (e.g. "sm-2nd"). */
export function demoFacility(key: string) {
  const facility = seedFacilities.find((f) => f.id === facilityId(key));
  if (!facility) throw new Error(`no demo facility ${key}`);
  return facility;
}

/** The demo person's cross-region filing (the seed dates it from today; its place does not depend on that). */
export function demoFiling(person: DemoPerson) {
  const filing = seedFilings(new Date()).find((f) => f.personId === person.personId);
  if (!filing) throw new Error(`no filing for ${person.key}`);
  return filing;
}

/** A chronic disease as the person's regional policy names it (the name home's reminders use). */
export function diseaseName(person: DemoPerson, disease: string): { zh: string; en: string } {
  const label = getPolicy(person.region.policyId)?.diseases?.[disease];
  if (!label) throw new Error(`no disease ${disease} in ${person.region.policyId}`);
  return label;
}

/** An item of the insurance catalogue, by its code. */
export function catalogueItem(code: string) {
  const item = catalogueItems.find((i) => i.code === code);
  if (!item) throw new Error(`no catalogue item ${code}`);
  return item;
}

/**
 * The name typed for a hand-entered bill line: the person's own words, not the app's, so it is
 * neither in the catalogue of messages nor in the seed.
 */
export const handTypedLineName = "门诊费用（甲类）"; // the person's own words, not a text of the app

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regular expression that matches `text` literally (for role names and text locators). */
export function exactly(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}$`);
}

/** Matches any text that contains `text` (case-sensitive, unlike a plain string locator). */
export function containing(text: string): RegExp {
  return new RegExp(escapeRegExp(text));
}

/** Matches what any of the patterns matches. */
export function oneOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"));
}

/**
 * A catalogue message as a pattern: its words literally, each {placeholder} matched by the value
 * given for it (a pattern, or a text that stands for itself). `anchor` ties it to the start, the
 * end, or both ends of the text.
 */
export function matching(message: string, values: Record<string, RegExp | string | number>, anchor?: "start" | "end" | "both"): RegExp {
  const source = message
    .split(/(\{\w+\})/)
    .map((part) => {
      const placeholder = /^\{(\w+)\}$/.exec(part)?.[1];
      if (placeholder === undefined) return escapeRegExp(part);
      const value = values[placeholder];
      if (value === undefined) throw new Error(`no value for {${placeholder}} in "${message}"`);
      return value instanceof RegExp ? `(?:${value.source})` : escapeRegExp(String(value));
    })
    .join("");
  const start = anchor === "start" || anchor === "both" ? "^" : "";
  const end = anchor === "end" || anchor === "both" ? "$" : "";
  return new RegExp(`${start}${source}${end}`);
}

/** Any text, for a placeholder whose value the test does not check. */
export const anything = /.*/;

/** An amount as formatFen writes it: ¥1,234.50. */
export const money = /¥[\d,]+\.\d\d/;

/** A time of day to the second, as the code screen shows it. */
export const clockTime = /\d{2}:\d{2}:\d{2}/;

/** The shape of `sample` with the given parts (each found once) replaced by patterns. */
function shapeOf(sample: string, parts: Array<[string, string]>): RegExp {
  let source = escapeRegExp(sample);
  for (const [text, pattern] of parts) {
    if (!source.includes(text)) throw new Error(`"${text}" is not in "${sample}"`);
    source = source.replace(text, pattern);
  }
  return new RegExp(source);
}

// A sample day whose parts cannot be confused (28 Dec 2000); the screens write days without
// leading zeros, so any day of the year has the shape of this one.
const dayParts: Array<[string, string]> = [["2000", "\\d{4}"], ["Dec", "[A-Z][a-z]{2}"], ["12", "\\d{1,2}"], ["28", "\\d{1,2}"]];

/** A calendar day as lib/i18n/display's formatDay writes it in `locale` (2026年11月22日 / 22 Nov 2026). */
export function dayShape(locale: Locale): RegExp {
  const sample = formatDay("2000-12-28", locale);
  return shapeOf(sample, dayParts.filter(([text]) => sample.includes(text)));
}

/** An instant as formatInstant writes it in `locale`: the day and the China time to the minute. */
export function instantShape(locale: Locale): RegExp {
  const sample = formatInstant("2000-12-28T03:04:00Z", locale); // 11:04 in China
  return shapeOf(sample, [["11:04", "\\d\\d:\\d\\d"], ...dayParts.filter(([text]) => sample.includes(text))]);
}


/** Matches a text that is all of `pattern`'s shape. */
export function whole(pattern: RegExp): RegExp {
  return new RegExp(`^(?:${pattern.source})$`);
}

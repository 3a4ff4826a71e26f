import { format, type Locale } from "./locales";

/**
 * A message that says a count: the form for one and the form for every other count (English
 * needs both: "1 day left", "3 days left"; Chinese uses the same words for any count).
 */
export interface PluralForms {
  one: string;
  other: string;
}

/** Which form a count takes in the language, by the language's own plural rules (Intl.PluralRules). */
export function pluralForm(locale: Locale, count: number, forms: PluralForms): string {
  return new Intl.PluralRules(locale).select(count) === "one" ? forms.one : forms.other;
}

/** The form for `count`, with its {placeholders} filled from `values`. */
export function formatPlural(locale: Locale, forms: PluralForms, count: number, values: Record<string, string | number>): string {
  return format(pluralForm(locale, count, forms), values);
}

/** Whether a catalogue value is a pair of plural forms rather than one text. */
export function isPluralForms(value: unknown): value is PluralForms {
  return typeof value === "object" && value !== null && typeof (value as PluralForms).one === "string" && typeof (value as PluralForms).other === "string";
}

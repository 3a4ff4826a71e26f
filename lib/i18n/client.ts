/**
 * What a browser bundle may load from lib/i18n: the helpers, without the catalogue. Client
 * components get their words as props from the page; the routes' error boundaries get theirs
 * from the root layout (BoundaryWords).
 */
export type { Messages } from "./catalogue";
export type { BoundaryWords } from "./boundary-words";
export { defaultLocale, format, LOCALE_COOKIE, locales, toLocale, type Locale } from "./locales";
export { localize, pick } from "./localize";
export { formatPlural, isPluralForms, pluralForm, type PluralForms } from "./plural";
export { relationWord, relativeLabel } from "./relation-words";
export { formatDay, formatFen, formatInstant, formatInstantDay } from "./display";
export { benefitRuleText, bucketLabel, diseaseBucketLabel, supplementaryRuleText, type BenefitRuleFacts, type LevelRun, type RatioFact, type SupplementaryRuleFacts } from "./rule-words";

/**
 * Words at the edge: the zh-CN / en message catalogue, the one `localize` helper, dates and money
 * as people read them, and the words of every error code. Isomorphic: browser and server.
 */
export { getMessages, type Messages } from "./catalogue";
export { BOUNDARY_WORDS, type BoundaryWords } from "./boundary-words";
export { defaultLocale, format, LOCALE_COOKIE, locales, toLocale, type Locale } from "./locales";
export { localize, pick } from "./localize";
export { formatPlural, isPluralForms, pluralForm, type PluralForms } from "./plural";
export { aboutSubject, type WordsSubject } from "./subject";
export { relationWord, relativeLabel } from "./relation-words";
export { policyValueLines, sourceDocumentTitle } from "./policy-value-words";
export { formatDay, formatFen, formatInstant, formatInstantDay } from "./display";
export { errorText, errorTexts, type Failure } from "./errors";
export { benefitRuleText, bucketLabel, diseaseBucketLabel, supplementaryRuleText, type BenefitRuleFacts, type LevelRun, type RatioFact, type SupplementaryRuleFacts } from "./rule-words";

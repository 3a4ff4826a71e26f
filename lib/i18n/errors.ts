import type { ErrorCode, ErrorParams } from "@/lib/errors";
import { issueMessage, type IssueCode } from "@/lib/reimbursement";
import { formatDay } from "./display";
import { format, type Locale } from "./locales";
import { localize } from "./localize";
import { errors } from "./messages/errors";

/** A failure as the edge hands it over: a code of the closed list and its parameters. */
export interface Failure<C extends ErrorCode = ErrorCode> {
  code: C;
  params: ErrorParams[C];
}

/** Parameters as words: a day (…Day) written out for the language, an engine issue by its message. */
function paramWords(params: Record<string, unknown>, locale: Locale): Record<string, string | number> {
  const words: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith("Day") && typeof value === "string") words[name] = formatDay(value, locale);
    else if (name === "issue") words[name] = issueMessage(value as IssueCode, locale);
    else words[name] = typeof value === "number" ? value : String(value);
  }
  return words;
}

/** The words of a failure in one language. */
export function errorText(failure: Failure, locale: Locale): string {
  const templates = localize(locale, errors.zh, errors.en);
  return format(templates[failure.code], paramWords(failure.params, locale));
}

/** The words of a failure in both languages: the JSON API's error message. */
export function errorTexts(failure: Failure): { zh: string; en: string } {
  return { zh: errorText(failure, "zh-CN"), en: errorText(failure, "en") };
}

import { estimate } from "@/lib/i18n/messages/estimate";
import { ISSUE_MESSAGES, type IssueCode } from "@/lib/reimbursement";
import type { Bilingual } from "./state";

export type EstimateErrorKey = keyof typeof estimate.zh.errors;

/** One of the Estimate screen's own error messages in both languages. */
export function estimateError(key: EstimateErrorKey): Bilingual {
  return { zh: estimate.zh.errors[key], en: estimate.en.errors[key] };
}

/** An engine issue's message in both languages. */
export function issueBilingual(code: IssueCode): Bilingual {
  return { zh: ISSUE_MESSAGES[code].zh, en: ISSUE_MESSAGES[code].en };
}

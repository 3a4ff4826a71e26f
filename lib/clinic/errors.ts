import { DomainError } from "@/lib/errors/domain-error";
import { formatDay } from "@/lib/i18n/display";
import { format } from "@/lib/i18n/locales";
import { clinic } from "@/lib/i18n/messages/clinic";
import type { ClinicChangeRefusal } from "./rules";

export type ClinicErrorCode = ClinicChangeRefusal | "not_enrolled" | "conflict" | "no_person";

const statusOf: Record<ClinicErrorCode, number> = {
  not_eligible: 422,
  same_clinic: 422,
  interval_not_passed: 422,
  not_enrolled: 422,
  conflict: 409,
  no_person: 404,
};

/** A clinic refusal as a DomainError whose two messages come from the clinic catalogue. */
export function clinicError(code: ClinicErrorCode, nextAllowedDay?: string): DomainError {
  const text = (locale: "zh-CN" | "en") => {
    const template = (locale === "en" ? clinic.en : clinic.zh).errors[code];
    return nextAllowedDay ? format(template, { date: formatDay(nextAllowedDay, locale) }) : template;
  };
  return new DomainError(`clinic_${code}`, { zh: text("zh-CN"), en: text("en") }, statusOf[code]);
}

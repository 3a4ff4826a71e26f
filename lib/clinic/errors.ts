import { DomainError } from "@/lib/errors";
import type { ClinicChangeRefusal } from "./rules";

export type ClinicErrorCode = ClinicChangeRefusal | "not_enrolled" | "conflict" | "no_person";

/** A clinic refusal: its code, and the day a change is next allowed when that is the reason. */
export function clinicError(code: ClinicErrorCode, nextAllowedDay?: string): DomainError {
  if (code === "interval_not_passed") return new DomainError("clinic_interval_not_passed", { nextAllowedDay: nextAllowedDay ?? "" });
  return new DomainError(`clinic_${code}` as const);
}

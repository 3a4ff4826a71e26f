import { z } from "zod";

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. Spaces and dashes are tolerated on input. */
export const phoneSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^1[3-9]\d{9}$/, { message: "phone_invalid" }));

export const otpCodeSchema = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.string().regex(/^\d{6}$/, { message: "code_invalid" }));

/** 138****8000: enough for a person to recognise their own number. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "****";
}

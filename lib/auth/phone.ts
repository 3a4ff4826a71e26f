/** The phone and code fields' schemas (server side: the sign-in and family actions); the formatting is in phone-format.ts. */
import { z } from "zod";
import { normaliseDigits, normalisePhone } from "./phone-format";

export * from "./phone-format";

// Longer than any way of writing a number with its country code and separators.
const PHONE_INPUT_MAX = 40;
const CODE_INPUT_MAX = 40;

/** Mainland mobile numbers: 11 digits starting with 1[3-9], however they were typed. */
export const phoneSchema = z
  .string()
  .superRefine((raw, ctx) => {
    if (raw.trim() === "") ctx.addIssue({ code: "custom", message: "phone_empty" });
    else if (raw.length > PHONE_INPUT_MAX) ctx.addIssue({ code: "custom", message: "phone_too_long" });
  })
  .transform(normalisePhone)
  .pipe(
    z.string().superRefine((phone, ctx) => {
      if (/^\d{12,}$/.test(phone)) ctx.addIssue({ code: "custom", message: "phone_too_long" });
      else if (!/^1[3-9]\d{9}$/.test(phone)) ctx.addIssue({ code: "custom", message: "phone_invalid" });
    }),
  );

/** Sign-in codes are 6 digits, or 12 when the phone is under attack (docs/security.md); typed like a phone number. */
export const otpCodeSchema = z
  .string()
  .superRefine((raw, ctx) => {
    if (raw.trim() === "") ctx.addIssue({ code: "custom", message: "code_empty" });
    else if (raw.length > CODE_INPUT_MAX) ctx.addIssue({ code: "custom", message: "code_too_long" });
  })
  .transform(normaliseDigits)
  .pipe(
    z.string().superRefine((code, ctx) => {
      if (/^\d{13,}$/.test(code)) ctx.addIssue({ code: "custom", message: "code_too_long" });
      else if (!/^(\d{6}|\d{12})$/.test(code)) ctx.addIssue({ code: "custom", message: "code_invalid" });
    }),
  );

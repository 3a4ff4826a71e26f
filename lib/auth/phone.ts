import { z } from "zod";

/**
 * Digits as people type them: full-width digits (１３８…) and the full-width plus, spaces of any
 * width, dashes, dots and brackets that group a number ("+86 138-0013-8000", "(138) 0013 8000").
 */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/＋/g, "+")
    .replace(/[\s\u3000\-‐‑‒–—―－.．()（）]/g, "");
}

/** A mainland mobile number with its country code dropped: +86, 0086 or 86 before the 11 digits. */
export function normalisePhone(text: string): string {
  const compact = normaliseDigits(text);
  const national = /^(?:\+86|0086|86)(1[3-9]\d{9})$/.exec(compact);
  return national ? national[1]! : compact;
}

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

/** The first problem of a phone or code field, as a message key of the sign-in form. */
export type SignInFieldProblem = "phone_empty" | "phone_too_long" | "phone_invalid" | "code_empty" | "code_too_long" | "code_invalid";

/** 138****8000: enough for a person to recognise their own number. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "****";
}

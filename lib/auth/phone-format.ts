/** Phone numbers and codes as people type them, and masked for display; no schema library, so a browser page may load it. */

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

/** The first problem of a phone or code field, as a message key of the sign-in form. */
export type SignInFieldProblem = "phone_empty" | "phone_too_long" | "phone_invalid" | "code_empty" | "code_too_long" | "code_invalid";

/** 138****8000: enough for a person to recognise their own number. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "****";
}

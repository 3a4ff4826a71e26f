/** The sign-in form's steps as the browser follows them; the schemas that check a posted step are in sign-in-schema.ts. */
import { maskPhone, normalisePhone } from "./phone-format";

/** What the code step says above the field: a code was sent, a new one was sent, or the guarded one is still valid. */
export type CodeNotice = "sent" | "resent" | "stillValid";

/** Where the two-step sign-in stands: asking for the phone, or for the code sent to it. */
export type SignInStep =
  | { step: "phone"; phone?: string }
  | {
      step: "code";
      phone: string;
      maskedPhone: string;
      /** 6, or 12 while the phone is guarded (docs/security.md). */
      codeLength: 6 | 12;
      notice: CodeNotice;
      /** Only in demo mode: the code that was "sent". */
      demoCode?: string;
    };

/**
 * The step a form is on after a failed post: the one it was posted from (its echoed values tell).
 * The code step keeps what it showed: the code's length and, in demo mode, the demo code, which
 * the form posts back with each try so that a mistake does not hide it.
 */
export function stepOfPostedValues(values: Record<string, string> | undefined): SignInStep {
  if (values?.intent !== "verify" && values?.intent !== "resend") return { step: "phone", phone: values?.phone };
  const phone = normalisePhone(values.phone ?? "");
  const codeLength = values.codeLength === "12" ? 12 : 6;
  const demoCode = /^(\d{6}|\d{12})$/.test(values.demoCode ?? "") ? values.demoCode : undefined;
  return { step: "code", phone, maskedPhone: maskPhone(phone), codeLength, notice: "sent", ...(demoCode ? { demoCode } : {}) };
}

/** Failures after which the code cannot be used and a new one is the way on ("重新获取验证码"). */
export const CODE_NEEDS_RESEND: ReadonlySet<string> = new Set(["code_wrong_last", "code_locked", "code_expired", "code_missing", "code_guarded"]);

import { z } from "zod";
import { maskPhone, otpCodeSchema, phoneSchema } from "./phone";

/** The sign-in form's two steps, shared by the form and its server action. */
export const sendCodeSchema = z.object({ phone: phoneSchema });
export const verifyCodeSchema = z.object({ phone: phoneSchema, code: otpCodeSchema });

/** Where the two-step sign-in stands: asking for the phone, or for the code sent to it. */
export type SignInStep =
  | { step: "phone"; phone?: string }
  | {
      step: "code";
      phone: string;
      maskedPhone: string;
      /** Only in demo mode: the code that was "sent". */
      demoCode?: string;
    };

/** The step a form is on after a failed post: the one it was posted from (its echoed values tell). */
export function stepOfPostedValues(values: Record<string, string> | undefined): SignInStep {
  const phone = (values?.phone ?? "").replace(/[\s-]/g, "");
  return values?.intent === "verify" ? { step: "code", phone, maskedPhone: maskPhone(phone) } : { step: "phone", phone: values?.phone };
}

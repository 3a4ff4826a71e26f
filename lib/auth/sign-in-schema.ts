import { z } from "zod";
import { otpCodeSchema, phoneSchema } from "./phone";

/** The sign-in form's two steps, shared by the form and its server action. */
export const sendCodeSchema = z.object({ phone: phoneSchema });
export const verifyCodeSchema = z.object({ phone: phoneSchema, code: otpCodeSchema });

export type SignInState =
  | { step: "phone"; fieldErrors?: { phone?: string }; formError?: { zh: string; en: string }; phone?: string }
  | {
      step: "code";
      phone: string;
      maskedPhone: string;
      /** Only in demo mode: the code that was "sent". */
      demoCode?: string;
      fieldErrors?: { code?: string };
      formError?: { zh: string; en: string };
    };

import "server-only";
import { logCodeSender, maskPhone, requestSignInCode, sendCodeSchema, verifyCodeSchema, verifySignInCode, type SignInStep } from "@/lib/auth";
import { InvalidInput, type ActionContext, type AnonymousActor, type PersonActor } from "@/lib/context";
import { env } from "@/lib/env";

type Ctx = ActionContext<PersonActor | AnonymousActor, null>;

/** Step 1 of signing in (here and at a kiosk): sends a code; the code is shown only in demo mode. */
export async function sendSignInCode({ db, now, client }: Ctx, formData: FormData, phoneInvalid: string): Promise<SignInStep> {
  const parsed = sendCodeSchema.safeParse({ phone: String(formData.get("phone") ?? "") });
  if (!parsed.success) throw new InvalidInput({ phone: phoneInvalid });
  const { phone } = parsed.data;
  const { code } = await requestSignInCode(db, phone, logCodeSender, now, {
    perPhonePerHour: env.OTP_LIMIT_PER_PHONE_PER_HOUR,
    perAddressPerHour: env.OTP_LIMIT_PER_ADDRESS_PER_HOUR,
    address: client.address,
  });
  return { step: "code", phone, maskedPhone: maskPhone(phone), demoCode: env.demoMode ? code : undefined };
}

/** Step 2: checks the code; returns the account's user id. */
export async function checkSignInCode({ db, now }: Ctx, formData: FormData, codeInvalid: string): Promise<string> {
  const parsed = verifyCodeSchema.safeParse({ phone: String(formData.get("phone") ?? ""), code: String(formData.get("code") ?? "") });
  if (!parsed.success) throw new InvalidInput({ code: codeInvalid });
  return verifySignInCode(db, parsed.data.phone, parsed.data.code, now);
}

import "server-only";
import {
  authenticateTerminal, configuredCodeSender, markSignedIn, maskPhone, OTP_LIFETIME_MS, requestSignInCode, sendCodeSchema, signInDevice, signInProblem,
  verifyCodeSchema, verifySignInCode, type CodeNotice, type CodeRequester, type OtpLimits, type SignInDevice, type SignInStep,
} from "@/lib/auth";
import { InvalidInput, setDeviceCookie, type ActionContext, type AnonymousActor, type PersonActor } from "@/lib/context";
import { env } from "@/lib/env";
import { isDomainError } from "@/lib/errors";

type Ctx = ActionContext<PersonActor | AnonymousActor, null>;

const limits: OtpLimits = {
  perPhonePerHour: env.OTP_LIMIT_PER_PHONE_PER_HOUR,
  wrongTriesPerPhonePerDay: env.OTP_WRONG_TRIES_PER_PHONE_PER_DAY,
  perDevicePerHour: env.OTP_LIMIT_PER_DEVICE_PER_HOUR,
  perAddressPerHour: env.OTP_LIMIT_PER_ADDRESS_PER_HOUR,
  resendWaitMs: env.OTP_RESEND_WAIT_SECONDS * 1000,
};

/** This browser for sign-in limits; a new one gets its cookie now. */
async function browserOf({ client }: Ctx): Promise<SignInDevice> {
  const device = signInDevice(client.device ?? undefined);
  if (device.changed) await setDeviceCookie(device.cookie, client.secure);
  return device;
}

/** An enrolled kiosk asks for codes as the kiosk (its own, larger limit), not as one browser. */
async function kioskIdOf({ db, client }: Ctx): Promise<string | null> {
  if (!client.kioskKey) return null;
  try {
    return (await authenticateTerminal(db, client.kioskKey, { kind: "kiosk" })).id;
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

/**
 * Step 1 of signing in (here and at a kiosk), and "重新获取验证码": sends a code; the code is shown
 * only in demo mode. `field` gives the words of a phone field problem.
 */
export async function sendSignInCode(ctx: Ctx, formData: FormData, field: (problem: string) => string, notice: CodeNotice = "sent"): Promise<SignInStep> {
  const parsed = sendCodeSchema.safeParse({ phone: String(formData.get("phone") ?? "") });
  if (!parsed.success) throw new InvalidInput({ phone: field(signInProblem(parsed.error.issues, "phone_invalid")) });
  const { phone } = parsed.data;
  const requester: CodeRequester = { device: await browserOf(ctx), address: ctx.client.address, kioskId: await kioskIdOf(ctx) };
  const issued = await requestSignInCode(ctx.db, phone, requester, configuredCodeSender(OTP_LIFETIME_MS / 60_000), ctx.now, limits, {
    unknownNumbers: env.demoMode ? "refuse" : "pretend",
  });
  return {
    step: "code",
    phone,
    maskedPhone: maskPhone(phone),
    codeLength: issued.codeLength,
    notice: issued.code === null && issued.codeLength === 12 ? "stillValid" : notice,
    ...(env.demoMode && issued.code ? { demoCode: issued.code } : {}),
  };
}

/** Step 2: checks the code; returns the account's user id and marks this browser as one that signed in. */
export async function checkSignInCode(ctx: Ctx, formData: FormData, field: (problem: string) => string): Promise<string> {
  const parsed = verifyCodeSchema.safeParse({ phone: String(formData.get("phone") ?? ""), code: String(formData.get("code") ?? "") });
  if (!parsed.success) {
    const phoneProblem = parsed.error.issues.some((issue) => issue.path[0] === "phone");
    throw new InvalidInput(phoneProblem ? { phone: field("phone_invalid") } : { code: field(signInProblem(parsed.error.issues, "code_invalid")) });
  }
  const device = await browserOf(ctx);
  const userId = await verifySignInCode(ctx.db, parsed.data.phone, parsed.data.code, { device, address: ctx.client.address }, ctx.now, limits);
  const marked = markSignedIn(device);
  if (marked.changed) await setDeviceCookie(marked.cookie, ctx.client.secure);
  return userId;
}

/**
 * Who is signing in: one-time codes, passkeys, sessions and terminal keys. Server entry;
 * client.ts holds what the sign-in forms need in the browser. Whose data an account may see is lib/family's gate.
 */
import "server-only";
export * from "./client";
export { otpCodeSchema, phoneSchema } from "./phone";
export { sendCodeSchema, signInProblem, verifyCodeSchema } from "./sign-in-schema";
export {
  GUARD_CODE_LENGTH, GUARD_CODE_LIFETIME_MS, OTP_LIFETIME_MS, OTP_MAX_ATTEMPTS, phoneIsGuarded, requestSignInCode, verifySignInCode,
  type CodeRequester, type IssuedCode, type OtpLimits,
} from "./otp";
export { DEVICE_COOKIE, DEVICE_COOKIE_SECONDS, markSignedIn, signInDevice, type SignInDevice } from "./device";
export { authSecret, hmacHex } from "./secret";
export * from "./passkeys";
export * from "./sessions";
export { codeMessage, configuredCodeSender, demoCodeSender, gatewayCodeSender, type CodeSender } from "./sms-sender";
export * from "./terminal-key";
export { equalHex, newOtpCode, newToken, sha256Hex } from "./tokens";

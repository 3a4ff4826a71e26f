/**
 * Who is signing in: one-time codes, passkeys, sessions and terminal keys. Server entry;
 * client.ts holds the sign-in forms' schemas. Whose data an account may see is lib/family's gate.
 */
import "server-only";
export * from "./client";
export { OTP_LIFETIME_MS, OTP_MAX_ATTEMPTS, requestSignInCode, verifySignInCode, type OtpSendLimits } from "./otp";
export * from "./passkeys";
export * from "./sessions";
export { logCodeSender, type CodeSender } from "./sms-sender";
export * from "./terminal-key";
export { equalHex, newOtpCode, newToken, sha256Hex } from "./tokens";

/**
 * Why a scanned code was refused. Each reason has a stable code (for the API,
 * logs and tests) and the words a person or counter clerk reads, in zh-CN and en.
 * Replay ("already used") and revocation are decided by the database layer and
 * are not listed here.
 */

export type VoucherErrorCode = "malformed" | "expired" | "not_yet_valid" | "bad_signature" | "unknown_device";

export interface LocalisedMessage {
  "zh-CN": string;
  en: string;
}

export interface VoucherError {
  code: VoucherErrorCode;
  message: LocalisedMessage;
  /** For logs and developers only; never shown to a user. */
  detail?: string;
}

export const VOUCHER_ERROR_MESSAGES: Readonly<Record<VoucherErrorCode, LocalisedMessage>> = {
  malformed: {
    "zh-CN": "无法识别的医保码，请重新扫描。",
    en: "This is not a readable insurance code. Please scan again.",
  },
  expired: {
    "zh-CN": "医保码已过期，请让对方刷新后重新出示。",
    en: "This code has expired. Ask for a fresh code.",
  },
  not_yet_valid: {
    "zh-CN": "医保码时间异常，请检查手机时间后刷新。",
    en: "This code's time is ahead of ours. Check the phone's clock and refresh.",
  },
  bad_signature: {
    "zh-CN": "医保码校验失败，可能被篡改，请勿受理。",
    en: "This code failed verification and may have been altered. Do not accept it.",
  },
  unknown_device: {
    "zh-CN": "出示医保码的设备未登记或已停用，请在手机上重新登录。",
    en: "The device showing this code is not registered or was removed. Sign in again on the phone.",
  },
};

export function voucherError(code: VoucherErrorCode, detail?: string): VoucherError {
  const error: VoucherError = { code, message: VOUCHER_ERROR_MESSAGES[code] };
  if (detail !== undefined) error.detail = detail;
  return error;
}

export type VoucherResult<T> = { ok: true; value: T } | { ok: false; error: VoucherError };

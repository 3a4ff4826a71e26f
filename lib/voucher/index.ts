/**
 * The e-voucher code (医保电子凭证): made and signed on the phone, offline;
 * verified at the counter. Pure and isomorphic: WebCrypto and Uint8Array only,
 * no database, no framework. Format: docs/voucher-format.md.
 */
export {
  CLOCK_SKEW_SECONDS,
  CODE_LIFETIME_SECONDS,
  CODE_PREFIX,
  CODE_VERSION,
  QR_ERROR_CORRECTION_LEVEL,
  QR_VERSION,
  REFRESH_SECONDS,
  SIGNATURE_BYTES,
} from "./constants";
export { base45Decode, base45Encode } from "./base45";
export { bytesToId, idToBytes, isId, newId } from "./ids";
export {
  CODE_BYTES_WITH_GRANT,
  CODE_BYTES_WITHOUT_GRANT,
  type DecodedVoucherCode,
  type VoucherCodeFields,
} from "./code-layout";
export { decodeVoucherCode, MAX_CODE_TEXT_LENGTH } from "./code-text";
export {
  exportDevicePublicKey,
  generateDeviceKeyPair,
  importDevicePublicKey,
  type DeviceKeyPair,
} from "./device-keys";
export { signVoucherCode, unixSeconds, type VoucherCodeInput } from "./sign-code";
export {
  checkCodeTime,
  codeExpiresAt,
  codeFingerprint,
  codeValidFrom,
  verifyCodeSignature,
  verifyVoucherCode,
  type CodeCrypto,
  type DeviceKeyLookup,
  type VerifiedVoucherCode,
  type VerifyOptions,
} from "./verify-code";
export {
  VOUCHER_ERROR_MESSAGES,
  voucherError,
  type LocalisedMessage,
  type VoucherError,
  type VoucherErrorCode,
  type VoucherResult,
} from "./errors";
export { clearDevice, deviceStoreSupported, loadDevice, saveDevice, type StoredDevice, type StoredGrant } from "./device-store";
export { stripScannerLineEnding } from "./scanner-input";

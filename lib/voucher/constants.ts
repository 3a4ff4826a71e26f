/**
 * Numbers that define the e-voucher code (医保电子凭证). They are shared by the
 * phone that makes codes, the server that verifies them and the tests, so the
 * three can never disagree. The byte layout itself is in docs/voucher-format.md.
 */

/** A code is accepted for this long after the moment it says it was made. */
export const CODE_LIFETIME_SECONDS = 60;

/**
 * How far the phone's clock may run ahead of the server's: a code that claims
 * to be made up to this far in the future is still accepted. A phone that runs
 * behind needs no separate allowance, because LIFETIME = REFRESH + SKEW: a code
 * still on screen is at most REFRESH seconds old by the phone's clock, so it is
 * accepted as long as the phone is at most SKEW seconds behind.
 */
export const CLOCK_SKEW_SECONDS = 30;

/** The code screen makes a new code this often. */
export const REFRESH_SECONDS = 30;

/** Scanners and the terminal tell a Yibao Pass code apart by this prefix. */
export const CODE_PREFIX = "YB1:";

/** Binary layout version (first byte). Any other value is refused as malformed. */
export const CODE_VERSION = 1;

/** Flag bit set when the code names a "show code" grant; other bits must be zero. */
export const FLAG_GRANT = 0b0000_0001;

/** Ids (voucher, device, grant) are 128-bit values written as UUID text. */
export const ID_BYTES = 16;

/** Nonce length: with the second-resolution issued-at it keeps every code unique. */
export const NONCE_BYTES = 8;

/** ECDSA P-256 signature in the IEEE P1363 form WebCrypto produces: r || s. */
export const SIGNATURE_BYTES = 64;

/**
 * QR error-correction level the code is drawn with. M survives a scratched
 * screen or glare (about 15 % damage) while keeping the symbol small.
 */
export const QR_ERROR_CORRECTION_LEVEL = "M";

/**
 * QR versions the code needs at level M, measured with the `qrcode` package and
 * kept true by test/unit/voucher/qr-code.test.ts. Every code of a kind has the
 * same length, so the version never varies: 45×45 modules without a grant,
 * 49×49 with one (version v is 17 + 4v modules wide).
 */
export const QR_VERSION = { withoutGrant: 7, withGrant: 8 } as const;

/**
 * The closed list of expected failures: each code with the facts its message needs. Domain code
 * throws a code and its parameters, never a sentence; the words for each code, in zh-CN and en,
 * are in lib/i18n (messages/errors.ts), and the HTTP status of each code is in lib/http.
 * Add a code here, its words there, its status there: the type checker asks for all three.
 */
import type { IssueCode } from "@/lib/reimbursement";

type None = Record<string, never>;

export interface ErrorParams {
  // Who is asking, and for whom
  signed_out: None;
  unauthenticated: None;
  unauthorized: None;
  forbidden: None;
  subject_changed: None;
  no_person: None;
  // Requests
  invalid_request: { fields: string };
  invalid_query: None;
  request_too_large: None;
  not_found: None;
  rate_limited: { retryAfterSeconds: number };
  internal_error: { reference: string };
  // Sign-in and passkeys
  no_account: None;
  code_missing: None;
  code_expired: None;
  code_locked: None;
  code_wrong: { triesLeft: number };
  /** The last try of this code was wrong: a new code is needed. */
  code_wrong_last: None;
  /** The phone is under attack: its codes are long now, and the short one asked for before is void. */
  code_guarded: None;
  /** The SMS gateway did not take the message. */
  code_not_sent: None;
  passkey_failed: None;
  passkey_incomplete: None;
  // Counter terminals and kiosks
  terminal_key_missing: None;
  terminal_key_required: None;
  terminal_key_invalid: None;
  terminal_revoked: None;
  terminal_signed_out: None;
  terminal_without_facility: None;
  kiosk_code_refused: None;
  kiosk_scan_required: None;
  /** Not at a kiosk: grants, paying from the account, keys and passkeys that outlive the session. */
  kiosk_not_allowed: None;
  // Codes scanned at the counter (lib/voucher decides the first five)
  malformed: None;
  bad_signature: None;
  unknown_device: None;
  expired: None;
  not_yet_valid: None;
  device_revoked: None;
  code_not_authorised: None;
  code_already_used: None;
  grant_revoked: None;
  grant_expired: None;
  grant_not_valid: None;
  settlement_token_invalid: None;
  settlement_token_expired: None;
  settlement_token_used: None;
  // The ledger
  invalid_settlement_request: { fields: string };
  idempotency_key_reused: None;
  already_reversed: None;
  settlement_not_found: None;
  person_not_found: None;
  not_enrolled: None;
  facility_not_found: None;
  policy_unavailable: None;
  chronic_not_approved: None;
  service_date_in_future: None;
  /** The counter settles only today's care here (no late settlement configured). */
  service_date_not_today: None;
  /** Before the first day the counter may settle. */
  service_date_too_early: { earliestDay: string };
  /** A year's caps close with the year: never settled into an earlier one. */
  service_date_previous_year: { year: string };
  unknown_catalogue_item: { code: string };
  family_account_refused: None;
  settlement_not_computable: { issue: IssueCode };
  // The chosen clinic
  clinic_not_eligible: None;
  clinic_same_clinic: None;
  clinic_interval_not_passed: { nextAllowedDay: string };
  clinic_not_enrolled: None;
  clinic_conflict: None;
  clinic_no_person: None;
  // Family grants
  grantee_not_found: None;
  grant_to_self: None;
  no_insured_person: None;
  grant_exists: None;
  mutual_aid_not_employee: None;
  mutual_aid_not_relative: None;
  relation_required: None;
  valid_until_past: None;
  grant_not_found: None;
  grant_not_pending: None;
  grant_ended: None;
  // Devices that show the code
  invalid_public_key: None;
  too_many_devices: { limit: number };
  device_not_found: None;
  // Estimates
  estimate_not_found: None;
  estimate_not_saved: None;
}

export type ErrorCode = keyof ErrorParams;

/** Every code, for tests and the API description. */
export const ERROR_CODES = [
  "signed_out", "unauthenticated", "unauthorized", "forbidden", "subject_changed", "no_person",
  "invalid_request", "invalid_query", "request_too_large", "not_found", "rate_limited", "internal_error",
  "no_account", "code_missing", "code_expired", "code_locked", "code_wrong", "code_wrong_last", "code_guarded", "code_not_sent", "passkey_failed", "passkey_incomplete",
  "terminal_key_missing", "terminal_key_required", "terminal_key_invalid", "terminal_revoked", "terminal_signed_out", "terminal_without_facility",
  "kiosk_code_refused", "kiosk_scan_required", "kiosk_not_allowed",
  "malformed", "bad_signature", "unknown_device", "expired", "not_yet_valid", "device_revoked", "code_not_authorised", "code_already_used",
  "grant_revoked", "grant_expired", "grant_not_valid", "settlement_token_invalid", "settlement_token_expired", "settlement_token_used",
  "invalid_settlement_request", "idempotency_key_reused", "already_reversed", "settlement_not_found", "person_not_found", "not_enrolled",
  "facility_not_found", "policy_unavailable", "chronic_not_approved", "service_date_in_future", "service_date_not_today", "service_date_too_early", "service_date_previous_year", "unknown_catalogue_item", "family_account_refused",
  "settlement_not_computable",
  "clinic_not_eligible", "clinic_same_clinic", "clinic_interval_not_passed", "clinic_not_enrolled", "clinic_conflict", "clinic_no_person",
  "grantee_not_found", "grant_to_self", "no_insured_person", "grant_exists", "mutual_aid_not_employee", "mutual_aid_not_relative", "relation_required",
  "valid_until_past", "grant_not_found", "grant_not_pending", "grant_ended",
  "invalid_public_key", "too_many_devices", "device_not_found",
  "estimate_not_found", "estimate_not_saved",
] as const satisfies readonly ErrorCode[];

// Every code of ErrorParams is listed above (a missing one fails this line).
type Missing = Exclude<ErrorCode, (typeof ERROR_CODES)[number]>;
export const everyCodeListed: Missing extends never ? true : Missing = true;

import "server-only";
import { toFailure, type ErrorCode, type FailureFacts } from "@/lib/errors";
import { errorTexts } from "@/lib/i18n";

/**
 * The HTTP side of every error code: its status, and the one JSON error body of every route,
 * `{ "error": { "code", "message": { "zh", "en" }, "issues"? } }`. A route never builds an
 * error response of its own.
 */
export const STATUS: Record<ErrorCode, number> = {
  signed_out: 401, unauthenticated: 401, unauthorized: 401, forbidden: 403, subject_changed: 409, no_person: 404,
  invalid_request: 400, invalid_query: 400, request_too_large: 413, not_found: 404, rate_limited: 429, internal_error: 500,
  no_account: 400, code_missing: 400, code_expired: 400, code_locked: 400, code_wrong: 400, code_wrong_last: 400, code_guarded: 400, code_not_sent: 503,
  passkey_failed: 401, passkey_incomplete: 400,
  terminal_key_missing: 401, terminal_key_required: 400, terminal_key_invalid: 401, terminal_revoked: 401, terminal_signed_out: 401,
  terminal_without_facility: 403, kiosk_code_refused: 401, kiosk_scan_required: 400, kiosk_not_allowed: 403,
  malformed: 400, bad_signature: 401, unknown_device: 401, expired: 410, not_yet_valid: 422,
  device_revoked: 403, code_not_authorised: 403, code_already_used: 409, grant_revoked: 403, grant_expired: 403, grant_not_valid: 403,
  settlement_token_invalid: 401, settlement_token_expired: 410, settlement_token_used: 409,
  invalid_settlement_request: 400, idempotency_key_reused: 409, already_reversed: 409, settlement_not_found: 404, person_not_found: 404,
  not_enrolled: 422, facility_not_found: 404, policy_unavailable: 422, chronic_not_approved: 422, service_date_in_future: 400,
  service_date_not_today: 422, service_date_too_early: 422, service_date_previous_year: 422,
  unknown_catalogue_item: 422, family_account_refused: 403, settlement_not_computable: 422,
  clinic_not_eligible: 422, clinic_same_clinic: 422, clinic_interval_not_passed: 422, clinic_not_enrolled: 422, clinic_conflict: 409, clinic_no_person: 404,
  grantee_not_found: 404, grant_to_self: 400, no_insured_person: 400, grant_exists: 409, mutual_aid_not_employee: 400, mutual_aid_not_relative: 400, relation_required: 400,
  valid_until_past: 400, grant_not_found: 404, grant_not_pending: 409, grant_ended: 409,
  invalid_public_key: 400, too_many_devices: 409, device_not_found: 404,
  estimate_not_found: 404, estimate_not_saved: 400,
};

/** A field-level problem of a request (the estimate contract's issues), named without echoing input. */
export interface ErrorIssue {
  path: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: { zh: string; en: string }; issues?: ErrorIssue[] };
}

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** A failure as the JSON error body with its status (429 also says when to try again). */
export function failureResponse(failure: FailureFacts, headers: Record<string, string> = {}, issues?: ErrorIssue[]): Response {
  const body: ErrorBody = { error: { code: failure.code, message: errorTexts(failure), ...(issues ? { issues } : {}) } };
  const retry: Record<string, string> = failure.code === "rate_limited" ? { "Retry-After": String((failure.params as { retryAfterSeconds: number }).retryAfterSeconds) } : {};
  return jsonResponse(body, STATUS[failure.code], { ...retry, ...headers });
}

/** Any thrown error as the JSON error body: a DomainError keeps its code; anything else is a logged 500. */
export function errorResponse(error: unknown, where: string, headers: Record<string, string> = {}): Response {
  return failureResponse(toFailure(error, where), headers);
}

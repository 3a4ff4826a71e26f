import "server-only";
import { toUserError } from "@/lib/errors/to-user-error";
import { isDomainError } from "@/lib/errors/domain-error";
import { RateLimitedError } from "@/lib/rate-limit";

/** The one error shape of the JSON API: a stable code and a message in both languages. */
export interface ApiErrorBody {
  error: { code: string; message: { zh: string; en: string } };
}

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function apiError(code: string, message: { zh: string; en: string }, status: number, headers: Record<string, string> = {}): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return jsonResponse(body, status, headers);
}

/**
 * Any thrown error -> the API error shape. Domain errors keep their code, status and
 * message; anything else is logged with a reference and answered with a generic 500,
 * so a database message or stack never reaches a client.
 */
export function apiErrorFromThrown(error: unknown, where: string): Response {
  const headers: Record<string, string> =
    error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : {};
  const status = isDomainError(error) ? error.status : 500;
  const { code, zh, en } = toUserError(error, where);
  return apiError(code, { zh, en }, status, headers);
}

import "server-only";
import { DomainError } from "@/lib/errors";
import { holdsNul, jsonDepth, MAX_JSON_DEPTH } from "@/lib/request-guard";

// Every request body of the terminal API is a few hundred bytes.
const MAX_BODY_BYTES = 16 * 1024;

const invalidJson = new DomainError("invalid_request", { fields: "JSON" });
const tooLarge = new DomainError("request_too_large");

/**
 * Reads a small JSON body; malformed or oversized input, JSON nested deeper than any request of
 * the API, or a string with a NUL character (PostgreSQL cannot store one) is a 400/413
 * DomainError, never a crash.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge;
  const text = await request.text();
  if (text.length > maxBytes) throw tooLarge;
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw invalidJson;
  }
  if (jsonDepth(body) > MAX_JSON_DEPTH || holdsNul(body)) throw invalidJson;
  return body;
}

/** A zod failure as a 400 that names the fields, without echoing the input. */
export function invalidRequest(fields: string[]): DomainError {
  return new DomainError("invalid_request", { fields: fields.length > 0 ? fields.join(", ") : "body" });
}

import "server-only";
import { DomainError } from "@/lib/errors";

// Every request body of the terminal API is a few hundred bytes.
const MAX_BODY_BYTES = 16 * 1024;

const invalidJson = new DomainError("invalid_request", { fields: "JSON" });
const tooLarge = new DomainError("request_too_large");

/** Reads a small JSON body; malformed or oversized input is a 400/413 DomainError, never a crash. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge;
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw tooLarge;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidJson;
  }
}

/** A zod failure as a 400 that names the fields, without echoing the input. */
export function invalidRequest(fields: string[]): DomainError {
  return new DomainError("invalid_request", { fields: fields.length > 0 ? fields.join(", ") : "body" });
}

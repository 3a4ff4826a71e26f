import "server-only";
import { DomainError } from "@/lib/errors/domain-error";

// Every request body of the terminal API is a few hundred bytes.
const MAX_BODY_BYTES = 16 * 1024;

const invalidJson = new DomainError(
  "invalid_request",
  { zh: "请求内容不是有效的 JSON。", en: "The request body is not valid JSON." },
  400,
);
const tooLarge = new DomainError(
  "request_too_large",
  { zh: "请求内容过大。", en: "The request body is too large." },
  413,
);

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
  const list = fields.length > 0 ? fields.join(", ") : "body";
  return new DomainError(
    "invalid_request",
    { zh: `请求内容不正确：${list}。`, en: `The request is not valid: ${list}.` },
    400,
  );
}

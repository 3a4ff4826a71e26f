import { randomUUID } from "node:crypto";
import { isDomainError } from "./domain-error";

/**
 * Maps any error to what a user may see: a domain error's own message, or a generic
 * message with a reference number; the unexpected error itself goes only to the log.
 */
export function toUserError(error: unknown, where: string): { zh: string; en: string; code: string } {
  if (isDomainError(error)) return { ...error.messages, code: error.code };
  const reference = randomUUID().slice(0, 8);
  console.error(`[${where}] unexpected error ref=${reference}`, error);
  return {
    code: "internal_error",
    zh: `出了点问题，请稍后再试。错误编号：${reference}`,
    en: `Something went wrong. Please try again later. Error number: ${reference}`,
  };
}

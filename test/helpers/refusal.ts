import { isDomainError } from "@/lib/errors";
import { STATUS } from "@/lib/http";
import { errorTexts } from "@/lib/i18n";

/**
 * A refusal as a client meets it: the code, the HTTP status its route answers with (lib/http),
 * its facts and its words in both languages (lib/i18n). Fails when the promise does not refuse.
 */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number; params: unknown; messages: { zh: string; en: string } }> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, status: STATUS[error.code], params: error.params, messages: errorTexts(error) };
    throw error;
  }
  throw new Error("expected a refusal");
}

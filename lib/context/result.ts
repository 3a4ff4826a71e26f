import type { ErrorCode } from "@/lib/errors";

/** The posted form's text values, echoed so a form shows them again (also without JavaScript). */
export type FormValues = Record<string, string>;

/**
 * What every server action answers: the data, or a failure's code with the words for the form
 * (each field's problem and one message for the whole form) in the request's language.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T; values?: FormValues }
  | { ok: false; code: ErrorCode; fieldErrors: Record<string, string>; formError: string | null; values?: FormValues };

/** useActionState's state before the first submission. */
export type ActionState<T = null> = ActionResult<T> | null;

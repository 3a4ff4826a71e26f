import "server-only";
import { z } from "zod";
import { holdsNul, jsonDepth, MAX_JSON_DEPTH } from "@/lib/request-guard";

/**
 * What a server action may be called with. Anyone can post any arguments to an action, so the
 * wrapper checks their shape before the action runs; a wrong shape is "invalid_request", never a
 * TypeError in the action. A string holding a NUL character (which PostgreSQL cannot store) or a
 * value nested deeper than any form's is refused too.
 */
export type ActionArguments = z.ZodType<unknown[]>;

/** A form bound with useActionState: the previous result, then the form. */
export const FORM_ARGUMENTS: ActionArguments = z.tuple([z.unknown(), z.instanceof(FormData)]);
/** A form's plain `action={…}`: the form alone. */
export const FORM_ONLY_ARGUMENTS: ActionArguments = z.tuple([z.instanceof(FormData)]);
/** Called from a script with nothing. */
export const NO_ARGUMENTS: ActionArguments = z.tuple([]);

/** Whether the arguments may reach the action. */
export function argumentsAccepted(args: unknown[], schema: ActionArguments): boolean {
  if (!schema.safeParse(args).success) return false;
  for (const arg of args) {
    if (arg instanceof FormData) {
      for (const [name, value] of arg.entries()) {
        if (name.includes("\u0000") || (typeof value === "string" && value.includes("\u0000"))) return false;
      }
    } else if (holdsNul(arg) || jsonDepth(arg) > MAX_JSON_DEPTH) {
      return false;
    }
  }
  return true;
}

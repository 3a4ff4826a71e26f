import { z } from "zod";
import { otpCodeSchema, phoneSchema, type SignInFieldProblem } from "./phone";

/** The sign-in form's two steps, shared by the form and its server action. */
export const sendCodeSchema = z.object({ phone: phoneSchema });
export const verifyCodeSchema = z.object({ phone: phoneSchema, code: otpCodeSchema });

/** The first problem of a zod issue list as a sign-in form message key (the schemas name them). */
export function signInProblem(issues: ReadonlyArray<{ message: string }>, fallback: SignInFieldProblem): SignInFieldProblem {
  const known: ReadonlySet<string> = new Set<SignInFieldProblem>(["phone_empty", "phone_too_long", "phone_invalid", "code_empty", "code_too_long", "code_invalid"]);
  const first = issues.find((issue) => known.has(issue.message));
  return (first?.message as SignInFieldProblem | undefined) ?? fallback;
}

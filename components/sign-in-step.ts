import { stepOfPostedValues, type SignInStep } from "@/lib/auth/client";
import type { ActionState } from "@/lib/context/client";

/** The step the sign-in form shows: the action's answer, or the step it was posted from when that failed. */
export function signInStep(state: ActionState<SignInStep>): SignInStep {
  if (state === null) return { step: "phone" };
  return state.ok ? state.data : stepOfPostedValues(state.values);
}

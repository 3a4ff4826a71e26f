"use server";
import { redirect } from "next/navigation";
import { createSession, endSession, type SignInStep } from "@/lib/auth";
import { action, clearSessionCookies, formAction, setSessionCookie } from "@/lib/context";
import { checkSignInCode, sendSignInCode } from "./sign-in-steps";

/**
 * Phone, then code, then a session; "resend" asks for a new code for the same phone (after the
 * last wrong try, or an expired code). One action so the form works without JavaScript.
 */
export const signInAction = action({ who: "anyone", where: "sign-in", echo: true }, async (ctx, _previous: unknown, formData: FormData): Promise<SignInStep> => {
  const intent = formData.get("intent");
  const field = (problem: string) => ctx.m.signIn.errors[problem as keyof typeof ctx.m.signIn.errors] ?? ctx.m.signIn.errors.phone_invalid;
  if (intent === "restart") return { step: "phone" };
  if (intent === "resend") return sendSignInCode(ctx, formData, field, "resent");
  if (intent !== "verify") return sendSignInCode(ctx, formData, field);
  const userId = await checkSignInCode(ctx, formData, field);
  await setSessionCookie(await createSession(ctx.db, userId, ctx.now, ctx.client.userAgent), ctx.client.secure);
  redirect("/");
});

/** Ends this browser's session and revokes the code-signing keys it set up. */
export const signOutAction = formAction({ who: "anyone", where: "sign-out" }, async ({ db, now, actor }) => {
  if (actor.kind === "person") await endSession(db, actor.userId, actor.sessionId, now);
  await clearSessionCookies();
  redirect("/sign-in");
});

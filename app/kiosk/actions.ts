"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { endSession, type SignInStep } from "@/lib/auth";
import { action, clearSessionCookies, InvalidInput, NO_ARGUMENTS, setKioskKeyCookie, setKioskSessionCookie } from "@/lib/context";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { enrolDemoKiosk, startKioskSession, userFromScannedCode } from "@/lib/kiosk";
import { checkSignInCode, sendSignInCode } from "../sign-in/sign-in-steps";

const scanSchema = z.object({ code: z.string().trim().min(1).max(600) });

/** Phone number and one-time code, the same two steps as the sign-in page; a short kiosk session. */
export const kioskSignInAction = action({ who: "anyone", where: "kiosk.sign-in", echo: true }, async (ctx, _previous: unknown, formData: FormData): Promise<SignInStep> => {
  const intent = formData.get("intent");
  const field = (problem: string) => ctx.m.signIn.errors[problem as keyof typeof ctx.m.signIn.errors] ?? ctx.m.kiosk.errors.generic;
  if (intent === "resend") return sendSignInCode(ctx, formData, field, "resent");
  if (intent !== "verify") return sendSignInCode(ctx, formData, field);
  const userId = await checkSignInCode(ctx, formData, field);
  await setKioskSessionCookie((await startKioskSession(ctx.db, userId, ctx.now)).token, ctx.client.secure);
  redirect("/kiosk");
});

/** The person's own code, scanned from their phone; the kiosk proves itself with its terminal key. */
export const kioskScanSignInAction = action({ who: "anyone", where: "kiosk.scan" }, async ({ db, now, client }, _previous: unknown, formData: FormData) => {
  const parsed = scanSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) throw new DomainError("kiosk_scan_required");
  const userId = await userFromScannedCode(db, client.kioskKey, parsed.data.code, now);
  await setKioskSessionCookie((await startKioskSession(db, userId, now)).token, client.secure);
  redirect("/kiosk");
});

/**
 * Demo mode only: this browser becomes a demo kiosk, with a key of its own (an enrolled kiosk is
 * never knocked offline by the next one). Allowed from this machine, or with the enrolment secret
 * that `npm start` prints; a kiosk's key signs people in and nothing else (never a counter's key).
 */
export const enrolDemoKioskAction = action({ who: "anyone", where: "kiosk.enrol" }, async ({ db, now, m, client }, _previous: unknown, formData: FormData) => {
  if (!env.demoMode) throw new DomainError("forbidden");
  const secret = String(formData.get("secret") ?? "");
  const key = await enrolDemoKiosk(db, { fromLoopback: client.fromLoopback, secret, expectedSecret: env.DEMO_ENROL_SECRET ?? null, address: client.address }, now);
  if (!key) throw new InvalidInput({ secret: m.kiosk.enrol.secretWrong });
  await setKioskKeyCookie(key, client.secure);
  redirect("/kiosk");
});

/**
 * Ends the kiosk session on the server, with every code-signing key set up during it; the browser
 * then clears its own storage (lib/kiosk forget-device).
 */
export const kioskSignOutAction = action({ who: "anyone", where: "kiosk.sign-out", args: NO_ARGUMENTS }, async ({ db, now, actor }) => {
  if (actor.kind === "person") await endSession(db, actor.userId, actor.sessionId, now);
  await clearSessionCookies();
  return null;
});

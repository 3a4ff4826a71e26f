"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteSessionById, type SignInStep } from "@/lib/auth";
import { action, clearSessionCookies, formAction, setKioskKeyCookie, setKioskSessionCookie } from "@/lib/context";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { rotateDemoKioskKey, startKioskSession, userFromScannedCode } from "@/lib/kiosk";
import { checkSignInCode, sendSignInCode } from "../sign-in/sign-in-steps";

const scanSchema = z.object({ code: z.string().trim().min(1).max(600) });

/** Phone number and one-time code, the same two steps as the sign-in page; a short kiosk session. */
export const kioskSignInAction = action({ who: "anyone", where: "kiosk.sign-in", echo: true }, async (ctx, _previous: unknown, formData: FormData): Promise<SignInStep> => {
  if (formData.get("intent") !== "verify") return sendSignInCode(ctx, formData, ctx.m.kiosk.errors.generic);
  const userId = await checkSignInCode(ctx, formData, ctx.m.kiosk.errors.generic);
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

/** Demo mode only: this browser becomes the demo kiosk terminal. */
export const enrolDemoKioskAction = formAction({ who: "anyone", where: "kiosk.enrol" }, async ({ db, client }) => {
  if (!env.demoMode) return;
  await setKioskKeyCookie(await rotateDemoKioskKey(db), client.secure);
  redirect("/kiosk");
});

/** Ends the kiosk session on the server; the browser then clears its own storage (lib/kiosk forget-device). */
export const kioskSignOutAction = action({ who: "anyone", where: "kiosk.sign-out" }, async ({ db, actor }) => {
  if (actor.kind === "person") await deleteSessionById(db, actor.sessionId);
  await clearSessionCookies();
  return null;
});

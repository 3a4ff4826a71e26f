"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isSecureRequest } from "@/lib/auth/current-user";
import { authenticateTerminal } from "@/lib/auth/terminal-key";
import { getCookieTerminal, TERMINAL_COOKIE, TERMINAL_COOKIE_PATH, TERMINAL_SESSION_SECONDS } from "@/lib/auth/terminal-session";
import { getDb } from "@/lib/db/client";
import { handleVerifyRequest, type VerifiedVoucher } from "@/lib/terminal/voucher-verification";
import { toUserError } from "@/lib/errors/to-user-error";

export interface TerminalSignInState {
  error?: { zh: string; en: string };
}

export type TerminalVerifyResult =
  | { ok: true; data: VerifiedVoucher }
  | { ok: false; error: { code: string; message: { zh: string; en: string } } };

const keyRequired = { zh: "请输入终端密钥。", en: "Enter the terminal key." };
const signedOut = {
  code: "terminal_signed_out",
  message: { zh: "终端登录已失效，请刷新页面后重新输入密钥。", en: "The terminal sign-in has ended. Reload the page and enter the key again." },
};

/** Checks the key and keeps it in the terminal's httpOnly cookie (see lib/auth/terminal-session.ts). */
export async function signInTerminalAction(_previous: TerminalSignInState, formData: FormData): Promise<TerminalSignInState> {
  // Pasted keys often carry surrounding white space; keys themselves never contain any.
  const key = String(formData.get("key") ?? "").trim();
  if (!key) return { error: keyRequired };
  try {
    const { db } = await getDb();
    await authenticateTerminal(db, key);
  } catch (error) {
    const { zh, en } = toUserError(error, "terminal.sign-in");
    return { error: { zh, en } };
  }
  (await cookies()).set(TERMINAL_COOKIE, key, {
    httpOnly: true,
    sameSite: "strict",
    secure: await isSecureRequest(),
    path: TERMINAL_COOKIE_PATH,
    maxAge: TERMINAL_SESSION_SECONDS,
  });
  redirect("/terminal");
}

export async function signOutTerminalAction(): Promise<void> {
  (await cookies()).delete({ name: TERMINAL_COOKIE, path: TERMINAL_COOKIE_PATH });
  redirect("/terminal");
}

/** The terminal page's scan: the same checks, limits and answer as the HTTP API. */
export async function verifyScannedCodeAction(code: string): Promise<TerminalVerifyResult> {
  const terminal = await getCookieTerminal();
  if (!terminal) return { ok: false, error: signedOut };
  try {
    const { db } = await getDb();
    return { ok: true, data: await handleVerifyRequest(db, terminal, { code }, { now: new Date() }) };
  } catch (error) {
    const { code: errorCode, zh, en } = toUserError(error, "terminal.verify");
    return { ok: false, error: { code: errorCode, message: { zh, en } } };
  }
}

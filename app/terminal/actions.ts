"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authenticateTerminal } from "@/lib/auth";
import { action, clearTerminalCookie, formAction, setTerminalCookie } from "@/lib/context";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { handleVerifyRequest, reverseRequestAtTerminal, settleRequestAtTerminal } from "@/lib/terminal";

/** Checks the key and keeps it in the terminal's httpOnly cookie (lib/context cookies). */
export const signInTerminalAction = action({ who: "anyone", where: "terminal.sign-in" }, async ({ db, now, client }, _previous: unknown, formData: FormData) => {
  // Pasted keys often carry surrounding white space; keys themselves never contain any.
  const key = String(formData.get("key") ?? "").trim();
  if (!key) throw new DomainError("terminal_key_required");
  await authenticateTerminal(db, key, { kind: "counter", from: { address: client.address, now } });
  await setTerminalCookie(key, client.secure);
  redirect("/terminal");
});

export const signOutTerminalAction = formAction({ who: "anyone", where: "terminal.sign-out" }, async () => {
  await clearTerminalCookie();
  redirect("/terminal");
});

/** The terminal page's scan: the same checks, limits and answer as the HTTP API. */
export const verifyScannedCodeAction = action({ who: "terminal", where: "terminal.verify", args: z.tuple([z.string()]) }, async ({ db, now, actor }, code: string) =>
  handleVerifyRequest(db, actor.terminal, { code }, { now }),
);

/**
 * The terminal page's settlement: the same request, schema, rules and ledger call as the HTTP API;
 * `replayed` tells the clerk that a resent bill was found settled, not charged again.
 */
export const settleBillAction = action({ who: "terminal", where: "terminal.settle", args: z.tuple([z.unknown(), z.string()]) }, async ({ db, now, actor }, body: unknown, idempotencyKey: string) =>
  settleRequestAtTerminal(db, actor.terminal, body, idempotencyKey, now, { backdateDays: env.SETTLEMENT_BACKDATE_DAYS }),
);

export const reverseSettlementAction = action({ who: "terminal", where: "terminal.reverse", args: z.tuple([z.string(), z.string()]) }, async ({ db, now, actor }, settlementId: string, reason: string) =>
  reverseRequestAtTerminal(db, actor.terminal, settlementId, { reason }, now),
);
